"""Round 24 first-line classes (new phrasings, not the eval questions' words):

- a permission question met by a requirement and a bar on the same act ("應於課程結束後…發給，請勿於報到時即發給"): no;
- a listed condition (an item under "若符合下列條件者，不須…") carries its list's ruling when the person's case meets it,
  and no polarity when the case is not shown to meet it (never the item's own "需要");
- a grade table whose row for the grade stated requires none of what another row requires: no (not the other row's yes);
- a reported question ("資訊室在問要不要…") is context, not the ask; a piece asking again with 也 is read with the one before;
- a list closed by 這些 ("用了幾年、何時報廢、搬過幾次這些…嗎") asks yes / no, not a period;
- a concessive 不管有沒有 / 不論是不是 is not the asking verb;
- an English permission question met by a gist that states the text's own bar ("cannot be claimed …"): No.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import _grades, yes_no_piece, answer_kind, polarity_word
from knowledge.textnorm import fold
from tests.bot.first_line_support import line_for, supported

CERTIFICATE = "tsa-cme/4.4"
SAME_PAPER = "tsa-cme/6"
CONDITION = ["tsir-instructor/1.2.1", "tsir-instructor/1.2", "tsir-instructor/2"]
RADIOGRAPHER_MEASURES = "hpa-mammo/2.1.2.2.2"
STORAGE = "hpa-mammo/1.2.1.4"
UNIT_HISTORY = "hpa-mammo/1.2.2.2"


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("出席證明可以一報到就先發給大家嗎？", "zh-TW", "不可以"),
    ("上课证明能不能报到时就先发下去？", "zh-TW", "不可以"),
    ("研討會的出席證明可不可以在簽到時直接發？", "zh-TW", "不可以"),
])
def test_a_bar_on_the_asked_act_answers_a_permission_met_by_a_requirement(question: str, lang: str, lead: str) -> None:
    line = line_for(question, CERTIFICATE, lang)
    assert line.startswith(lead + "：") and not line.startswith("可以"), line
    assert supported(line, CERTIFICATE)


@pytest.mark.parametrize("question", ["我在國外的介入研討會當過5次講師，申請時還需要附個案數證明嗎？",
                                      "受邀當座長已經四次了，申請單項指導老師還要附第二條的個案數嗎",
                                      "在国内介入会议演讲过6次，还要附个案数证明吗？"])
def test_a_listed_condition_met_carries_its_lists_ruling(question: str) -> None:
    line = line_for(question, CONDITION, "zh-TW")
    assert line.startswith(("不需要：", "不用：", "不須：")), line
    assert supported(line, CONDITION[:2])


@pytest.mark.parametrize("question", ["我在介入會議當講師講過2次，還要附個案數證明嗎？",
                                      "當過一次座長，申請時還需要附個案數證明嗎",
                                      "我在介入會議當過講師，還要附個案數證明嗎？"])
def test_a_listed_condition_not_shown_met_gives_no_polarity(question: str) -> None:
    line = line_for(question, CONDITION, "zh-TW")
    assert not line.startswith(("需要", "不需要", "是", "可以")), line  # the item itself rules on nothing


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("放射師全部都是A，還需要參加示範醫院的品管討論會嗎？", "zh-TW", "不需要"),
    ("放射师各项皆A的话，还要去品管讨论会吗", "zh-TW", "不需要"),
    ("all A on the clinical images — does the radiographer still need the 40-hour training?", "en", "No"),
    ("She got straight A's on every item. Does she have to go to the QC meeting?", "en", "No"),
    ("放射師有一項評到 B 等，還要去品管討論會嗎？", "zh-TW", "需要"),  # the B row requires it
])
def test_a_grade_row_requiring_nothing_asked_answers_no(question: str, lang: str, lead: str) -> None:
    line = line_for(question, RADIOGRAPHER_MEASURES, lang)
    assert line.startswith(lead + ("：" if lang == "zh-TW" else ":")), line
    assert supported(line, RADIOGRAPHER_MEASURES)


@pytest.mark.parametrize("question", ["全部都 A 還需要做什麼嗎？"])
def test_an_all_grade_question_with_no_act_named_gives_no_no(question: str) -> None:
    assert not line_for(question, RADIOGRAPHER_MEASURES, "zh-TW").startswith(("不需要", "No"))


@pytest.mark.parametrize(("text", "grades"), [("各項都A的話", {"a"}), ("全部都是 B 嗎", {"b"}),
                                              ("all A on every item", {"a"}), ("straight A's", {"a"}),
                                              ("all of the items", set())])
def test_all_at_one_grade_is_read(text: str, grades: set[str]) -> None:
    assert _grades(text) == grades


@pytest.mark.parametrize(("question", "asks"), [
    ("實地測試會查閱片工作站嗎？主任在問要不要先準備", "會查閱片工作站嗎"),
    ("書審會看儀器的使用年限嗎？院長有問說要不要先整理", "會看儀器的使用年限嗎"),
])
def test_a_reported_question_is_context(question: str, asks: str) -> None:
    assert asks in yes_no_piece(fold(question))


@pytest.mark.parametrize("question", ["影像儲存設備也會被查嗎？資訊組有問要不要派人去",
                                      "实地测试会连影像储存设备一起查吗？信息科在问要不要准备"])
def test_an_item_of_the_checked_list_asked_with_a_reported_aside_answers_yes(question: str) -> None:
    line = line_for(question, STORAGE, "zh-TW")
    assert line.startswith("會："), line
    assert supported(line, STORAGE)


@pytest.mark.parametrize("question", ["書面審查時，機器幾年買的、哪年要汰換、搬了幾次這些都要附文件嗎？",
                                      "书面审查的时候，设备用了几年、什么时候报废、迁移过几次这些要写说明吗"])
def test_a_list_closed_by_these_asks_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_a_which_question_with_examples_after_these_is_no_yes_no() -> None:
    assert answer_kind("书面审查要附哪些文件？机器用了几年、什么时候报废这些吗") != "yes_no"


@pytest.mark.parametrize("question", ["書審要交儀器的使用年限嗎？之前搬過機房的那種也要說明嗎",
                                      "书审要不要交机器的报废年限？搬过位置的也要交代吗"])
def test_a_piece_asking_again_with_also_is_read_with_the_first(question: str) -> None:
    line = line_for(question, UNIT_HISTORY, "zh-TW")
    assert line.startswith("需要："), line
    assert supported(line, UNIT_HISTORY)


@pytest.mark.parametrize(("question", "word"), [
    ("期刊論文（不論是不是SCI）都要附抽印本嗎？", "需要"),
    ("不管有沒有 SCI，是不是都要附抽印本？", "是"),
    ("不论会不会被抽查，报名时要不要附证明？", "需要"),
])
def test_a_concessive_is_not_the_asking_verb(question: str, word: str) -> None:
    assert polarity_word(question, False, "zh-TW") == word


@pytest.mark.parametrize("question", ["I gave the same talk at two societies in Taiwan — can I get credits for it twice?",
                                      "Is it OK to claim credits again for a paper I already presented at another society "
                                      "in Taiwan?",
                                      "Could the same paper be claimed at two different societies here?"])
def test_an_english_gist_stating_the_bar_answers_no(question: str) -> None:
    line = line_for(question, SAME_PAPER, "en")
    assert line.startswith("No:"), line
    assert supported(line, SAME_PAPER)


@pytest.mark.parametrize(("question", "bars"), [
    ("can I claim credits twice for the same paper at two societies in Taiwan?", True),
    ("Do I need to present the paper at two societies to claim credits?", False),  # no permission asked
    ("can I claim credits for a paper presented abroad?", False),  # shares too little of the rule
])
def test_the_english_bar_needs_a_permission_and_the_rules_own_terms(question: str, bars: bool) -> None:
    from types import SimpleNamespace

    from bot.rules_answer import _gist_bars_asked
    from tests.bot.first_line_support import CORPUS

    assert _gist_bars_asked(SimpleNamespace(clause=CORPUS.get(SAME_PAPER)), question) is bars


RADIOGRAPHER_CAP = "hpa-mammo/2.1.2.3.1"


@pytest.mark.parametrize(("question", "lead"), [
    ("放射師每個月的篩檢上限是不是 450 案？", "不是"),
    ("放射师每月筛检量上限是不是600人次？", "不是"),  # a count in another word for 案
    ("聽說放射師每月的上限是不是550？", "不是"),  # no unit: the figure put to the cap
    ("放射師每月篩檢上限是 500 案嗎？", "是"),
])
def test_a_figure_put_to_the_limit_is_confirmed_or_denied(question: str, lead: str) -> None:
    line = line_for(question, RADIOGRAPHER_CAP, "zh-TW")
    assert line.startswith(lead + "："), line
    assert "500" in line and supported(line, RADIOGRAPHER_CAP)


def test_a_figure_of_another_unit_put_to_the_limit_gets_no_polarity() -> None:
    line = line_for("放射師每月上限是不是 6 個月？", RADIOGRAPHER_CAP, "zh-TW")
    assert not line.startswith(("是", "不是")), line


@pytest.mark.parametrize("question", ["does chairing a session at an interventional congress count toward the lecture route?",
                                      "Can I skip the case log if I've lectured at IR meetings 5 times?"])
def test_an_english_question_on_a_listed_condition_keeps_its_items_yes(question: str) -> None:
    line = line_for(question, CONDITION, "en")
    assert line.startswith("Yes:"), line
    assert supported(line, CONDITION[:1])
