"""Round 25 first-line classes (new phrasings, not the eval questions' words):

- "可以只挑其中幾項…嗎？還是…": the 幾 of 其中幾項 / 只抽幾個 is "some", no wh-word — the first alternative asks yes / no
  and the text's 全部或部分 grants it;
- an English time clause with a gerund and no subject ("when submitting …", "before applying …") before the auxiliary
  that asks, the comma after it listing examples: yes / no;
- an English question with its "is that" left out ("enough to skip …?", "sufficient for …?"): yes / no;
- a count of times ("moderated 2 times", "演講過 2 次") against the text's "3次(含)以上": short of it is a no (and
  never a yes); 第 2 次 is which time, no count;
- two yes / no pieces, one asking leave to refuse ("可以拒絕嗎？報告要我簽嗎", "can I say no? do I sign?"): the refusal
  leads, met by the text's duty (有義務…) — 不可以 / No, never the other piece's 需要; a lifted duty (不須…) is none;
- the parts a whole splits into asked by their count ("分幾塊", "分成幾大項", "幾大部分"): a list asked for — the heading's
  items, not a figure of another clause;
- where a count is looked up ("一年做了多少…要去哪裡查", "在哪個網站看得到", "where can we check how many …"): a place
  asked, met by the clause holding the web address (the sentence with it, not its gist);
- a procedure asked as a whole ("申請流程大概是怎樣", "程序如何", "what's the whole process"): no consequence (怎樣) —
  every item of the heading with its own rule (who recognises, 30 days ahead, the fee …), not the items' names
  (in English the kind is read the same; the items' gists together are longer than a line takes);
- "what does that do to X / what would it mean for X" asks what follows (a consequence); a case not done in time
  ("not re-checked in time", 如期) is ruled on by the text's own untimely words (未於…規定時間內), so the best hit stands
  over a sibling's 未能如期;
- which dates or span ("從幾號算到幾號", "抓哪一段時間的"): a period, not a count (幾號函 stays a letter's number);
- whether a whole splits into two named parts ("是不是分成實測跟書面兩部分"): 是 and the heading's two items when each
  part named is one the items hold; a part they lack ("口試") is no 是;
- one thing asked to be enough ("…就夠了嗎", "is X alone enough?") met by a text requiring it together with another
  ("須同時符合…及…"): 不夠 / No.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import _question_figures, answer_kind, first_alternative
from tests.bot.first_line_support import line_for, supported

REVIEW = "hpa-mammo/1"


@pytest.mark.parametrize("question", [
    "國健署做後續審查時，能不能只抽其中幾項來看？還是一定要整套？",
    "后续审查可以只选其中几项审吗？还是每次都全部来？",
    "想問後審可以只查幾個項目就好嗎？還是全部都要？",
])
def test_some_of_the_items_first_is_a_yes_no_alternative(question: str) -> None:
    assert first_alternative(question) is not None
    line = line_for(question, REVIEW, "zh-TW")
    assert line.startswith("可以："), line
    assert supported(line, REVIEW)


@pytest.mark.parametrize("question", ["要查幾項？還是全部？", "後審查幾個項目還是看情況？"])
def test_a_count_asked_first_is_no_yes_no_alternative(question: str) -> None:
    assert first_alternative(question) is None


PAPER = "tsa-cme/5.7.3"


@pytest.mark.parametrize("question", [
    "when sending in my SCI paper do I have to circle the title and authors, like with a highlighter?",
    "before submitting the article do we need to add our member number, like on the first page?",
    "while preparing my CME claim do I need the journal name marked on the paper?",
])
def test_a_gerund_time_clause_before_the_auxiliary_asks_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"
    line = line_for(question, PAPER, "en")
    assert line.startswith("Yes: "), line
    assert supported(line, PAPER)


def test_a_wh_question_after_a_subordinate_comma_still_asks_it() -> None:
    assert answer_kind("when I renew, how many points do I need?") == "number"


EXEMPT = ["tsir-instructor/1.2.1", "tsir-instructor/1.2"]


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("Moderated embolization sessions abroad 5 times. enough to skip the case numbers for the instructor cert?", "en", "Yes: "),
    ("I have lectured 2 times at interventional meetings. enough to skip the case-count proof?", "en", "No: "),
    ("gave one talk at JSIR, 1 times only. sufficient to drop the case log from my instructor application?", "en", "No: "),
    ("我在國內介入會議擔任座長 2 次，可以免附個案數證明嗎？", "zh-TW", "不可以："),
    ("我在國外介入會議演講過 4 次，可以不用附個案數證明嗎？", "zh-TW", "可以："),
])
def test_a_count_of_times_is_put_to_the_items_threshold(question: str, lang: str, lead: str) -> None:
    assert answer_kind(question) == "yes_no"
    line = line_for(question, EXEMPT, lang)
    assert line.startswith(lead), line
    assert supported(line, EXEMPT)


def test_which_time_is_no_count() -> None:
    assert "次" not in _question_figures("這是我第 2 次申請指導老師")
    assert _question_figures("座長當過 2 次")["次"] == {2.0}


DUTY = "tsir-instructor/3"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("學員想來看case，我可以拒絕嗎？他的個案報告要我簽章嗎？", "zh-TW", "不可以："),
    ("学员的个案报告要我签吗？学员来观察，我能推掉吗？", "zh-TW", "不"),
    ("As an instructor can I turn down a trainee who wants to observe? Do I have to sign their report?", "en", "No: "),
    ("Do I need to sign trainees' case reports? And can I decline their observation requests?", "en", "No: "),
])
def test_leave_to_refuse_leads_among_two_yes_no_pieces(question: str, lang: str, lead: str) -> None:
    line = line_for(question, DUTY, lang)
    assert line.startswith(lead), line
    assert supported(line, DUTY)


def test_a_lifted_duty_is_no_duty_to_refuse_against() -> None:
    line = line_for("指導老師可以拒絕學員嗎？要簽報告嗎？", "tsir-instructor/1.2", "zh-TW")
    assert not line.startswith(("不可以", "不能")), line


FIELD = ["hpa-mammo/1.2.1", "hpa-mammo/2.2.1.1"]


@pytest.mark.parametrize("question", [
    "實地測試那邊分成幾大部分？",
    "现场测试大致分几块啊？",
    "儀器實測一共分幾個方面？想先準備",
    "實地測試有幾大項？",
])
def test_the_parts_asked_by_their_count_are_listed(question: str) -> None:
    assert answer_kind(question) == "definition"
    line = line_for(question, FIELD, "zh-TW")
    assert "閱片系統" in line and "影像儲存" in line, line
    assert supported(line, FIELD)


@pytest.mark.parametrize("question", ["實地測試每項幾分算 A 等？", "複判差異分幾級？"])
def test_a_figure_or_a_scale_is_no_parts_list(question: str) -> None:
    assert answer_kind(question) != "definition"


VOLUME = "hpa-mammo/1.1.2"


@pytest.mark.parametrize(("question", "lang"), [
    ("我們院裡今年拍了多少乳攝，去哪裡可以查？", "zh-TW"),
    ("医院去年乳腺X光筛检量有多少，在哪个系统能查到？", "zh-TW"),
    ("乳攝篩檢量想核對一下，哪個網站看得到？", "zh-TW"),
    ("where can we check how many mammo screenings our hospital did this year?", "en"),
])
def test_where_a_count_is_looked_up_is_the_web_address(question: str, lang: str) -> None:
    assert answer_kind(question) == "where"
    line = line_for(question, VOLUME, lang)
    assert "boc.hpa.gov.tw" in line, line
    assert supported(line, VOLUME)


def test_a_look_up_question_on_another_clause_is_not_the_address() -> None:
    line = line_for("申請表去哪裡可以下載？", "tsa-cme/4.2", "zh-TW")
    assert "boc.hpa.gov.tw" not in line


PROCEDURE = "tsa-cme/4"


@pytest.mark.parametrize(("question", "lang", "figure"), [
    ("院內要辦繼續教育課程，跟外科醫學會申請積分的流程是怎樣？", "zh-TW", "30"),
    ("想帮科里的讲座申请外科学会积分，申请步骤如何？", "zh-TW", "30"),
    ("外科積分認定的申請手續長怎樣", "zh-TW", "7"),
])
def test_a_procedure_asked_as_a_whole_gives_every_items_rule(question: str, lang: str, figure: str) -> None:
    assert answer_kind(question) not in ("consequence", "number")
    line = line_for(question, PROCEDURE, lang)
    assert figure in line, line
    assert supported(line, PROCEDURE)


def test_what_follows_is_still_a_consequence() -> None:
    assert answer_kind("簽名單沒在七天內寄回，會怎樣？") == "consequence"


def test_an_english_procedure_is_no_consequence() -> None:
    assert answer_kind("what's the whole process for getting our course CME-accredited?") == "other"


AEC = ["hpa-mammo/2.2.2.1", "hpa-mammo/2.1.2.1"]


@pytest.mark.parametrize("question", [
    "The AEC inspection failed our units and we didn't get them fixed in time. What does that do to our screening site?",
    "our QA inspection by the nuclear regulator failed and the fixes were not done on time - what would it mean for us?",
])
def test_untimely_case_is_ruled_on_by_the_texts_own_untimely_words(question: str) -> None:
    assert answer_kind(question) == "consequence"
    line = line_for(question, AEC, "en")
    assert "hpa-mammo/2.2.2.1" in line and "cancel" in line, line
    assert supported(line, AEC)


def test_a_consequence_for_someone_asked_in_english() -> None:
    assert answer_kind("if I skip the seminar, what does that do to my reading privileges?") == "consequence"


SPAN = ["hpa-mammo/2.5.1", "hpa-mammo/2.5.2"]


@pytest.mark.parametrize("question", [
    "疑似陽性個案數是從幾號開始算的？",
    "追踪完成率的个案是抓哪一段时间的？",
    "追蹤完成率算的是哪段時間的疑似陽性個案，幾號到幾號？",
])
def test_which_dates_are_a_period(question: str) -> None:
    assert answer_kind(question) == "period"
    line = line_for(question, SPAN, "zh-TW")
    assert "12 月 31 日" in line, line
    assert supported(line, SPAN)


def test_a_letters_number_is_no_period() -> None:
    assert answer_kind("衛生署同意備查是幾號函？") != "period"


SPLIT = ["hpa-mammo/1.2.2", "hpa-mammo/1.2.1"]


@pytest.mark.parametrize("question", [
    "儀器審查是不是分成實地測試跟書面考核兩部分？",
    "机器审查是分为现场实测和书面两块吗？",
    "乳攝儀那塊是不是分為實測與書面兩大項？",
])
def test_a_split_into_the_parts_the_heading_has_is_a_yes(question: str) -> None:
    line = line_for(question, SPLIT, "zh-TW")
    assert line.startswith("是：") and "實地測試" in line and "書面考核" in line, line
    assert supported(line, SPLIT)


@pytest.mark.parametrize("question", [
    "儀器審查是不是分成實地測試跟口試兩部分？",
    "儀器審查是不是分成筆試跟面談兩部分？",
])
def test_a_split_into_a_part_the_heading_lacks_is_no_yes(question: str) -> None:
    assert not line_for(question, SPLIT, "zh-TW").startswith("是：分為")


BOTH = "hpa-mammo/1.2.2.1"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("沒有 FDA 核可的數位乳攝儀，品保只照原子能委員會的標準就夠了嗎？", "zh-TW", "不夠："),
    ("非FDA认证的数位乳房摄影仪，符合原子能委员会的品保标准就够了吗", "zh-TW", "不夠："),
    ("For a digital mammography unit without FDA approval, is meeting the Atomic Energy Council QA standard alone enough?",
     "en", "No: "),
])
def test_one_of_two_required_is_not_enough(question: str, lang: str, lead: str) -> None:
    line = line_for(question, BOTH, lang)
    assert line.startswith(lead), line
    assert supported(line, BOTH)
