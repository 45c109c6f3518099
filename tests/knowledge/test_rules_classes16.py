"""Round 16 rules classes (issue 10), phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. a permission asked for part of something ("可以只挑其中幾項嗎", "can they review just some of the items?") met by a
   text granting all or part of it (全部或部分): yes; 其中幾項 / 只挑幾項 is "some of them", not "how many";
2. whether something changes ("每年會改嗎", "will they be revised?") met by a text saying it changes (逐年調整): yes — and
   two yes / no asks typed with a space between them ("是固定的嗎 每年會改嗎") are two pieces, the last one asks;
3. whether a rule still holds in a circumstance the person names ("辦在台北還算國際會議嗎", "still treated as
   international if held in Taiwan?") met by a rule granting regardless of it (不分國內、外…一律…核給): yes;
4. a space between Chinese words ends a clause as a comma does ("我是第三作者 不是上台的人"): each clause's role is read
   on its own, and a rule limited to the first author or presenter is not met;
5. a lapse the person states ("skipped the case conference", "沒去", "缺席") and a question whether they go on ("can he
   keep reading?"): the clause's sentence on those who lapse ("未參加者應停止判讀") answers no.

Retrieval uses the real index (the session's `retriever` fixture); every first line is checked against its clause
(evals.first_line.unsupported)."""

from __future__ import annotations

import pytest

from bot.rules_answer import _stated_values, answer_kind, direct_line
from evals.first_line import AFFIRMATIVE, NEGATIVE
from tests.bot.first_line_support import CORPUS, supported


# ------------------------------------------------------------------ 1. part of it, granted by 全部或部分

SOME_ALLOWED = [
    ("zh-TW", "國健署後續審查能不能只查部分項目？"),
    ("zh-TW", "乳攝後續審查時可以只挑幾項來看嗎"),
    ("zh-TW", "國健署做乳攝後續審查 可以只挑其中幾個項目審就好嗎"),
    ("en", "Is HPA allowed to review only some of the items in the follow-up review?"),
    ("en", "for the mammography follow-up review, may the health bureau check just some items instead of all of them?"),
]


@pytest.mark.parametrize(("lang", "question"), SOME_ALLOWED)
def test_part_of_it_is_allowed_by_a_text_granting_all_or_part(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/1", (question, line.cited)
    assert AFFIRMATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize("question", ["可以只挑其中幾項審嗎", "是不是只抽其中幾個看", "能不能只查幾項"])
def test_some_of_them_is_no_how_many(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_how_many_is_still_asked_with_a_modal_before_the_count() -> None:
    assert answer_kind("乳攝車最多可以報幾個放射師") == "number"
    assert answer_kind("只能選幾篇") == "number"


# ------------------------------------------------------------------ 2. whether it changes

CHANGES = [
    ("zh-TW", "乳攝審查標準每年都會調整嗎"),
    ("zh-TW", "乳摄审查标准会不会每年修改？"),
    ("zh-TW", "乳攝後續審查標準是一樣的嗎 明年會變嗎"),
    ("en", "Will the mammography review standards be revised every year?"),
    ("en", "Do the follow-up review standards for mammography change from year to year?"),
]


@pytest.mark.parametrize(("lang", "question"), CHANGES)
def test_a_rule_that_changes_yearly_answers_yes_to_will_it_change(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2", (question, line.cited)
    assert AFFIRMATIVE.match(line.text), line.text
    assert "逐年" in line.text or "year by year" in line.text, line.text


def test_two_asks_typed_with_a_space_the_last_one_asks(retriever) -> None:
    question = "乳攝審查的標準是固定不變的嗎 之後會修改嗎"
    line = direct_line(question, retriever.search(question, 5), CORPUS, "zh-TW")
    assert not NEGATIVE.match(line.text), line.text  # never a 否 to the last ask, which the text answers yes


# ------------------------------------------------------------------ 3. still, regardless of where

STILL_REGARDLESS = [
    ("zh-TW", "在台灣辦的國際會議 也算國際性會議嗎"),
    ("zh-TW", "国际会议在国内举办，还算30分吗"),
    ("zh-TW", "國際學術會議這次移到高雄開，這樣還算國際性會議嗎"),
    ("en", "Does an international conference held in Taiwan still count as an international meeting?"),
    ("en", "international meeting hosted here in Kaohsiung - does it still get the 30 credits?"),
]


@pytest.mark.parametrize(("lang", "question"), STILL_REGARDLESS)
def test_a_rule_granting_regardless_answers_still_yes(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.4.n2", (question, line.cited)
    assert AFFIRMATIVE.match(line.text), line.text
    assert "30" in line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 4. a space ends a clause

@pytest.mark.parametrize("text", ["我是第三作者 不是上台的人", "我是二作 上去講的不是我", "第四作者 沒上台"])
def test_a_space_between_chinese_words_separates_the_roles(text: str) -> None:
    stated, denied = _stated_values(text)
    assert "other" in stated
    assert "presenter" in denied


ROLE_NOT_MET = [
    ("zh-TW", "我是壁報的第二作者 上台報告的是學弟 我可以申請積分嗎"),
    ("zh-TW", "口頭論文我是共同作者 也不是發表者 可以申請嗎"),
    ("zh-TW", "論文演講我掛第三作者 報告的人也不是我 能申請嗎"),
    ("en", "I'm third author on the poster and someone else presented - can I claim the poster credits?"),
]


@pytest.mark.parametrize(("lang", "question"), ROLE_NOT_MET)
def test_a_role_outside_the_rules_limit_is_refused(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.6", (question, line.cited)
    assert NEGATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 5. a lapse, then "can they go on?"

LAPSE_GO_ON = [
    ("en", "Our radiologist was in the 50-60% suspected-positive discrepancy band and missed the case conference - "
           "may she continue reading?"),
    ("zh-TW", "复判差异阴性18%的医师没去个案讨论会，还可以继续判读吗"),
    ("zh-TW", "放射師評等B 沒參加品管討論會 還可以繼續攝影嗎"),
    ("zh-TW", "陰性複判差異 17%，醫師缺席了判片座談會，還能繼續判讀嗎"),
]


@pytest.mark.parametrize(("lang", "question"), LAPSE_GO_ON)
def test_a_stated_lapse_is_ruled_on_by_the_lapse_sentence(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert NEGATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 6. the kinds of something: the heading over them

PARTS = [
    ("zh-TW", "複判差異的處理方式分成哪幾級"),
    ("zh-TW", "复判差异的辅导措施分为几级？"),
    ("zh-TW", "判讀醫師複判差異評估總共有幾種處理等級"),
]


@pytest.mark.parametrize(("lang", "question"), PARTS)
def test_the_kinds_asked_are_answered_by_the_heading_over_them(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.1.1.2", (question, line.cited)
    assert line.confident
    assert "建議" in line.text and "停止判讀" in line.text, line.text  # the tiers themselves are listed


# ------------------------------------------------------------------ 7. advice asked: the advising row

ADVICE = [
    ("zh-TW", "复判差异多少的时候是建议参加判片座谈会而不是强制？"),
    ("zh-TW", "複判差異在什麼範圍只是建議去參加座談會"),
    ("en", "At what re-read discrepancy is the reading seminar only recommended rather than required?"),
    ("en", "which discrepancy range gets a recommendation to attend the model hospital case conference?"),
    ("en", "what discrepancy level means the doctor is merely advised to go to the reading seminar?"),
]


@pytest.mark.parametrize(("lang", "question"), ADVICE)
def test_advice_asked_is_answered_by_the_row_that_advises(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.1.1.2.1", (question, line.cited)
    assert "40" in line.text and "7" in line.text, line.text


# ------------------------------------------------------------------ 8. conditions that follow (下列條件)

FOLLOWING_CONDITIONS = [
    ("zh-TW", "什么条件下申请单项指导老师可以免附个案数证明"),
    ("zh-TW", "申請指導老師 哪些人可以不附個案數"),
    ("zh-TW", "有什麼情形申請單項專長時不用交個案數證明？"),
    ("en", "Is there any way to apply for an instructor area without submitting the case-count proof?"),
    ("en", "under what conditions can I skip the case log when applying as an IR instructor?"),
]


@pytest.mark.parametrize(("lang", "question"), FOLLOWING_CONDITIONS)
def test_a_clause_whose_conditions_follow_lists_them(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsir-instructor/1.2", (question, line.cited)
    assert "SCI" in line.text, line.text
    assert ("座長" in line.text) if lang == "zh-TW" else ("moderator" in line.text), line.text


# ------------------------------------------------------------------ 9. several items named at once: their parent

SEVERAL = [
    ("zh-TW", "腫瘤栓塞跟消融可以同時一起申請指導老師嗎"),
    ("zh-TW", "可以同時申請兩個專長領域嗎？例如腫瘤栓塞和消融"),
    ("en", "Can I get instructor certification for both venous intervention and biliary stenting at once?"),
    ("en", "is it ok to apply for two domains together, say non-tumor embolization and ablation?"),
]


@pytest.mark.parametrize(("lang", "question"), SEVERAL)
def test_several_items_named_at_once_are_ruled_on_by_their_parent(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "tsir-instructor/2", [h.clause.id for h in hits]
    line = direct_line(question, hits, CORPUS, lang)
    assert not NEGATIVE.match(line.text), line.text
    assert "多重" in line.text or "multiple" in line.text, line.text


def test_one_item_named_lifts_no_parent(retriever) -> None:
    hits = retriever.search("腫瘤局部消融治療要幾例才能申請", 5)
    assert hits[0].clause.id == "tsir-instructor/2.6", [h.clause.id for h in hits]


@pytest.mark.parametrize("question", ["參加外科醫學會年會一次可以拿幾分？", "口頭發表除了附議程，演講摘要也要一起附嗎",
                                      "影像導引定位那一類要做滿幾例？我們科下個月想一起送件"])
def test_once_or_together_in_passing_asks_no_several(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    assert "several" not in hits[0].via, [h.clause.id for h in hits]


# ------------------------------------------------------------------ 10. does it count? met by a cancellation

CANCELLED = [
    ("zh-TW", "同一時間參加兩個課程 積分可以都算嗎"),
    ("zh-TW", "同一个时段我报了两个继续教育课程，两边的学分都能算吗？"),
    ("zh-TW", "兩場課程時間重疊，我兩場都簽到，積分會保留嗎"),
    ("en", "If I sign in to two CME courses held at the same time, do both count?"),
]


@pytest.mark.parametrize(("lang", "question"), CANCELLED)
def test_a_cancellation_answers_no_to_does_it_count(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/9", (question, line.cited)
    assert NEGATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 11. a fixed figure asked, met by judgement

NOT_FIXED = [
    ("zh-TW", "參加其他外科相關醫學會（第三款以外的）年會，有固定給幾分嗎"),
    ("en", "other surgery-related society meetings - is there a fixed number of credits?"),
    ("en", "Do annual meetings of other surgery-related societies earn a flat amount of CME credit?"),
    ("zh-TW", "第三款沒列到的外科相關學會開年會 積分是固定的嗎"),
]


@pytest.mark.parametrize(("lang", "question"), NOT_FIXED)
def test_a_rule_of_judgement_answers_a_fixed_figure_not_fixed(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.10", (question, line.cited)
    assert NEGATIVE.match(line.text), line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 12. is there a cap: the clause stating it, cap first

CAP = [
    ("zh-TW", "論文發表的積分一年有上限嗎？SCI跟非SCI加起來"),
    ("zh-TW", "论文积分一年最多可以拿几分"),
    ("en", "Is there a yearly cap on credits from published papers for the surgical CME?"),
    ("en", "is there a maximum for paper credits per year, counting SCI and non-SCI together?"),
    ("zh-TW", "SCI論文加非SCI論文 一年積分上限是多少"),
]


@pytest.mark.parametrize(("lang", "question"), CAP)
def test_the_cap_asked_leads_the_line(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.8", (question, line.cited)
    assert "60" in line.text.split("30")[0], line.text  # the cap before the per-paper figures
    assert supported(line.text, line.cited[0]), line.text


ASKED_UNIT_FIRST = [
    ("zh-TW", "乳攝車一台最多可以報幾個放射師"),
    ("zh-TW", "每台乳摄车最多能登记几位放射师"),
    ("zh-TW", "一輛巡迴車可以報備幾名放射師"),
]


@pytest.mark.parametrize(("lang", "question"), ASKED_UNIT_FIRST)
def test_the_figure_in_the_asked_unit_leads_the_line(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] in ("hpa-mammo/2.4.1", "hpa-mammo/2.4"), (question, line.cited)
    assert line.text.index("3 人") < line.text.index("40"), line.text


def test_the_figure_asked_already_first_stays_first(retriever) -> None:
    question = "乳攝車每名放射師一天最多可以拍幾案？"
    line = direct_line(question, retriever.search(question, 5), CORPUS, "zh-TW")
    assert line.text.index("40 案") < line.text.index("3 人"), line.text


# ------------------------------------------------------------------ 13. the regulation's own English word in a Chinese question

LITERAL = [
    ("zh-TW", "追踪完成率算的是哪些 category"),
    ("zh-TW", "哪些category算篩檢疑似陽性個案"),
    ("zh-TW", "疑似陽性個案包含哪幾個 category？"),
]


@pytest.mark.parametrize(("lang", "question"), LITERAL)
def test_the_clause_holding_the_questions_english_word_answers(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/1.6", (question, line.cited)
    assert all(n in line.text for n in ("0", "3", "4", "5")), line.text


# ------------------------------------------------------------------ 14. a verb of handing in + 哪些 / 什麼 asks documents

@pytest.mark.parametrize("question", ["申請積分要交哪些東西", "国外开会回来申请学分要寄什么资料", "出國開會回來 申請積分要準備啥",
                                      "換證要附哪些", "送審要帶什麼證明"])
def test_handing_in_what_asks_the_documents(question: str) -> None:
    assert answer_kind(question) == "documents"


@pytest.mark.parametrize(("lang", "question"), [("zh-TW", "去國外參加國際會議，申請積分要交哪些東西"),
                                                ("zh-TW", "国外开会回来申请学分要寄什么资料")])
def test_the_documents_of_a_meeting_abroad(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.4.n1", (question, line.cited)
    assert "參加證" in line.text and "會員號碼" in line.text, line.text


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "Is there a cap on how many conference presentations one person can claim per meeting?"),
    ("en", "is there a maximum number of posters per person per meeting?"),
])
def test_the_cap_of_the_best_hits_own_clause_comes_before_another_clauses(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/5.6", (question, line.cited)
    assert "3" in line.text, line.text
