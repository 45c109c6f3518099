"""Round 26 first-line classes (new phrasings, not the eval questions' words):

- whether a record is needed, its subject named with a wh-word inside it ("要不要附用了幾年的說明", "需要交何時報廢的
  文件嗎"): a yes / no (需要 and the clause), not a list of documents; with no 要不要 / 嗎 the record is what is asked;
- the same in English ("do we need a doc on how old the unit is …", "do we have to document its age, when it retires
  …"): an auxiliary before the record asks yes / no; "what do we need to document about the unit - how old …" asks
  for the record (documents), never a period;
- several at once asked leave for ("可以同時申請兩個領域嗎", "can I apply for more than one area at once?") met by a
  clause granting it ("可申請單一或多重領域認證"), also when one named item ranks first: 可以 / Yes and that clause;
- an event nearer than the text's advance window ("下禮拜就開", "明天", "3 天後", "next week") asked whether an application
  is still taken, met by "開辦前 30 天…逾期不受理": no (an event further off than the window is no such case);
- a way asked to do without something ("any way to skip …", "an alternative route where I don't have to …", "有沒有辦法
  不用…") met by a clause exempting that very thing ("…不須附上…個案數證明", "need not submit …"): Yes / 有; an
  exemption of something else is no way;
- a restriction asked about in one piece ("一定要在醫學中心嗎？") and the person's own case stated in the piece that asks
  ("區域醫院進修可以算嗎"): the restriction is read against the case — 不可以 / No;
- a stop asked to come at once ("是不是馬上就不能照了", "right away?") met by a text giving a period to make good first
  ("須於六個月內補齊…未能如期補齊者，應停止操作"): 不是 / 不會 / No; not when the question says the period is over, nor
  against a text that stops at once (立即停止);
- "only X?" of who / what counts ("是不是只有學會辦的才算", "do only the society's courses count?") met by a text listing X
  with others and no 限 / 僅 of its own: 不只 / Not only (never 是); a count stated with 只有 ("只有 1 篇") asks no such
  thing, and a text restricting (限…) is no list of many;
- the polarity word is the verb of the asking piece's last clause ("…下週就要開了，現在送還會受理嗎": 會 / 不會), not a
  verb of the story before it.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import (answer_kind, grace_before_stop, late_for_window, only_of_many, polarity_word,
                               way_to_skip)
from knowledge.textnorm import fold
from tests.bot.first_line_support import CORPUS, line_for, supported

RECORD = "hpa-mammo/1.2.2.2"


@pytest.mark.parametrize("question", [
    "書面考核要不要交儀器用了幾年的說明文件？",
    "书面审查需要附机器什么时候报废的资料吗",
    "紙本審查有沒有要附機器搬過幾次的說明？",
])
def test_a_record_named_by_a_wh_word_asked_whether_needed_is_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"
    line = line_for(question, [RECORD, "hpa-mammo/1.2.2"], "zh-TW")
    assert line.startswith(("需要：", "有：")), line  # (有沒有要附 asks with 有)
    assert supported(line, RECORD)


@pytest.mark.parametrize("question", [
    "in the written review do we have to hand in a record of how long the unit has been in use?",
    "should we include documentation on when the mammo unit will be scrapped in the paperwork?",
    "does the paper review need a statement of whether the unit was ever moved?",
])
def test_an_english_record_of_how_old_or_when_after_an_auxiliary_is_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


@pytest.mark.parametrize("question", [
    "what must we document about the unit for the paper review - how long it's been used, when it retires?",
    "for the written review, which records on when the unit was moved do they want?",
])
def test_an_english_record_of_how_old_or_when_after_a_wh_word_is_the_documents_asked(question: str) -> None:
    assert answer_kind(question) == "documents"
    line = line_for(question, [RECORD, "hpa-mammo/1.2.2"], "en")
    assert "years in service" in line, line


@pytest.mark.parametrize("question", ["書面要附機器用幾年的資料？", "要交儀器何時報廢的文件"])
def test_a_record_named_by_a_wh_word_with_no_yes_no_is_the_documents_asked(question: str) -> None:
    assert answer_kind(question) == "documents"


AREAS = "tsir-instructor/2"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("我想把支架跟血管介入兩個領域同時送，可以嗎？", "zh-TW", "可以："),
    ("能不能一次同时申请两个领域？", "zh-TW", "可以："),
    ("could I go for several IR domains at once in one application?", "en", "Yes:"),
])
def test_several_at_once_granted_by_the_clause_is_a_yes(question: str, lang: str, lead: str) -> None:
    line = line_for(question, [AREAS, "tsir-instructor/2.5"], lang)
    assert line.startswith(lead), line
    assert supported(line, AREAS)


@pytest.mark.parametrize("question", ["想同時申請栓塞跟消融，可以嗎", "可以一次送兩個領域嗎？像消融加栓塞"])
def test_several_at_once_answered_by_the_ruling_clause_not_a_named_item(question: str) -> None:
    line = line_for(question, ["tsir-instructor/2.6", AREAS, "tsir-instructor/2.2"], "zh-TW")
    assert line.startswith("可以："), line
    assert "第二條）" in line, line


def test_one_area_asked_is_no_grant_of_several() -> None:
    line = line_for("消融可以用微波的案例申請嗎？", ["tsir-instructor/2.6", AREAS], "zh-TW")
    assert "多重" not in line, line


ADVANCE = "tsa-cme/4.2"


@pytest.mark.parametrize(("question", "lang"), [
    ("科內的讀書會明天就辦了，現在線上申請積分認定還來得及嗎？", "zh-TW"),
    ("研讨会后天就要开了，现在送申请还会受理吗", "zh-TW"),
    ("我們的課程 10 天後開始，現在才申請可以嗎", "zh-TW"),
    ("our trauma course runs next week and we never applied for recognition - can we still apply now?", "en"),
])
def test_an_event_nearer_than_the_advance_window_is_late_and_barred(question: str, lang: str) -> None:
    line = line_for(question, ADVANCE, lang)
    assert line.startswith(("不", "否", "No:")), line
    assert supported(line, ADVANCE)


@pytest.mark.parametrize("question", ["研討會 45 天後才舉辦，現在申請認定來得及嗎？", "課程兩個月後才開，現在申請可以嗎"])
def test_an_event_further_than_the_window_is_not_late(question: str) -> None:
    assert not late_for_window(question, "須在開辦前「30天」申請,未於期限內申請者恕不受理")
    line = line_for(question, ADVANCE, "zh-TW")
    assert not line.startswith(("不", "否")), line


def test_a_near_event_against_a_text_with_no_late_bar_is_no_case() -> None:
    assert not late_for_window("下週就開了，還能申請嗎", "課程結束後發給出席證明")


@pytest.mark.parametrize(("question", "word"), [
    ("我們下禮拜就要辦了，現在補件還會受理嗎", "不會"),
    ("下週要開課了，要補的資料現在送可以嗎", "不可以"),
])
def test_the_polarity_word_is_the_asking_clauses_own_verb(question: str, word: str) -> None:
    assert polarity_word(question, True, "zh-TW") == word


EXEMPT = "tsir-instructor/1.2"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("any other route to the single-domain instructor certificate without handing in my case counts?", "en", "Yes:"),
    ("Is there some option where we don't need to submit case numbers for a one-domain instructor application?", "en", "Yes:"),
    ("申请单项指导老师，有没有什么办法可以不用交个案数？", "zh-TW", "有："),
])
def test_a_way_to_do_without_what_the_clause_exempts_is_a_yes(question: str, lang: str, lead: str) -> None:
    assert way_to_skip(fold(question), CORPUS.get(EXEMPT))
    line = line_for(question, EXEMPT, lang)
    assert line.startswith(lead), line
    assert supported(line, EXEMPT)


@pytest.mark.parametrize("question", ["is there any way to skip the review fee?", "有沒有辦法不用考試就拿到指導老師資格？",
                                      "do I have to submit the case numbers?"])
def test_a_way_to_skip_something_the_clause_does_not_exempt_is_no_yes(question: str) -> None:
    assert not way_to_skip(fold(question), CORPUS.get(EXEMPT))


TRAINING = "tsa-cme/5.9.2"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("國內進修非得在醫學中心嗎？我在地區醫院待了兩個月可以算嗎", "zh-TW", "不可以："),
    ("国内进修只能去医学中心吗？区域医院进修一个月能算分吗", "zh-TW", "不可以："),
    ("must domestic training be at a medical centre? can two months at a regional hospital count?", "en", "No:"),
])
def test_the_restriction_is_read_against_the_case_the_asking_piece_states(question: str, lang: str, lead: str) -> None:
    line = line_for(question, TRAINING, lang)
    assert line.startswith(lead), line
    assert supported(line, TRAINING)


def test_the_restricted_value_stated_in_the_asking_piece_is_no_denial() -> None:
    line = line_for("之前在區域醫院待過。這次在醫學中心進修兩個月可以算嗎？", TRAINING, "zh-TW")
    assert not line.startswith("不"), line


GRACE = "hpa-mammo/2.1.2.1"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("繼續教育時數不足的放射師，是不是立刻就不能再照了？", "zh-TW", "不是："),
    ("放射师工作经验不够，会马上被停掉吗", "zh-TW", "不會："),
    ("our tech's CE hours fall short - is she stopped from operating immediately?", "en", "No:"),
])
def test_a_stop_asked_at_once_against_a_period_to_make_good_is_not_at_once(question: str, lang: str, lead: str) -> None:
    line = line_for(question, GRACE, lang)
    assert line.startswith(lead), line
    assert supported(line, GRACE)


@pytest.mark.parametrize("question", ["繼續教育不夠，六個月過了還沒補齊，是不是馬上就不能照？",
                                      "she missed the deadline to make up her CE hours - is she stopped right away?"])
def test_a_stop_asked_at_once_after_the_period_is_no_not_at_once(question: str) -> None:
    assert not grace_before_stop(fold(question), fold(CORPUS.get(GRACE).text))
    # (the English line's own "No" here predates this class: the English verdict reads the text's "stop … until")
    assert question.isascii() or not line_for(question, GRACE, "zh-TW").startswith("不是")


def test_a_text_that_stops_at_once_is_no_grace() -> None:
    text = fold(CORPUS.get("hpa-mammo/2.1.1.2.3").text)
    assert not grace_before_stop("陽性差異超過六成，是不是馬上就不能判了", text)


COURSES = "tsa-cme/3"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("繼續教育課程是不是只有外科醫學會主辦的才承認？", "zh-TW", "不只："),
    ("只有医学会自己开的课程才能拿积分吗", "zh-TW", "不只："),
    ("is it only the association's own courses that count for CME?", "en", "Not only:"),
    ("do only society-run lectures earn surgical CME credits?", "en", "Not only:"),
])
def test_only_one_asked_against_a_list_of_many_is_not_only(question: str, lang: str, lead: str) -> None:
    line = line_for(question, COURSES, lang)
    assert line.startswith(lead), line
    assert supported(line, COURSES)


@pytest.mark.parametrize(("piece", "text"), [
    ("我只有2篇論文,可以申請嗎", "本會及各教學醫院或醫事團體所舉辦"),  # a count stated
    ("if i only have one paper can i apply?", "本會及各教學醫院或醫事團體所舉辦"),  # "only" of the case
    ("是不是隻有第一作者能拿分?", "限第一作者或發表者"),  # the text's own restriction
])
def test_no_only_of_many(piece: str, text: str) -> None:
    assert not only_of_many(piece, text)


@pytest.mark.parametrize("question", ["後續審查人員部分是不是只看積分？放射師的攝影量也會查嗎",
                                      "do they only check the staff's credits, or the radiographers' exam counts too?"])
def test_only_one_asked_with_another_thing_also_asked_is_answered_on_that_thing(question: str) -> None:
    line = line_for(question, "hpa-mammo/1.1", "en" if question.isascii() else "zh-TW")
    assert not line.startswith(("不只", "Not only")), line
