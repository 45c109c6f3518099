"""Round 49 (rulesline49): which clause answers a rules question, and its first line from the clause's own words.

1. A count looked at asked by A-not-A before the verb ("會不會看放射師拍了多少") is a yes / no (`COUNT_LOOKED_AT`).
2. A bare rule tag after the ask ("這有明文規定嗎", `RULE_TAG`) asks what the ask before it asks.
3. A cycle named ("every six years", "每 6 年", `_CYCLE`) is no figure of the person's case nor one put to the rule.
4. "All of them, or any one?" (`knowledge.conditions.asks_both_or_either`) is settled by the text over the requirements:
   其中之一即可 → no, either; 須同時符合…及… → yes, both (`both_or_either`, `lift_settling_clause`).
5. "Only X, or also Y?" with Y an item of the heading named: yes, then the heading's items; a Y the list lacks gets no 會.
6. A short form asked the meaning of is led by its full name (`knowledge.definitions.short_form_asked`).
7. Where the person came back from is background (`knowledge.others.without_background`).
8. Certification (認證) said of no course names the IR rules (`knowledge.lookup.doc_hints`).
9. An article named as what is to be changed is no look-up (`knowledge.lookup.changed_objects`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import COUNT_LOOKED_AT, RULE_TAG
from bot.rules_answer import answer_kind, both_or_either, direct_line, figures_decide, read_hits, yes_no_piece
from evals.first_line import unsupported
from knowledge.conditions import asks_both_or_either, lift_settling_clause
from knowledge.definitions import prefer_definer, short_form_asked
from knowledge.lookup import changed_objects, doc_hints, lookup
from knowledge.others import places_abroad, without_background
from knowledge.textnorm import fold
from tests.bot.test_rules_answer import CORPUS, hits


def _lang(question: str) -> str:
    return "en" if question.isascii() else "zh-TW"


# ------------------------------------------------------------------------ 1. a count looked at, asked by A-not-A

@pytest.mark.parametrize("question", [
    "後續審查會不會看我們放射師每個人拍了多少量？",
    "后续审查会不会看放射师一个月拍了多少张？",
    "後審有沒有在查每位放射師做了幾案？還是只看資歷",
])
def test_a_count_looked_at_asked_by_a_not_a_is_a_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


@pytest.mark.parametrize("question", ["後續審查會看放射師每月拍幾案？", "放射師每月最多可以拍多少案？"])
def test_a_count_asked_plainly_stays_a_figure(question: str) -> None:
    assert answer_kind(question) == "number"
    assert not COUNT_LOOKED_AT.search(fold(question))


def test_the_yes_no_on_the_count_looked_at_leads_with_its_verb() -> None:
    line = direct_line("後續審查會不會看放射師拍了多少量？還是只看資歷", hits("hpa-mammo/1.1"), CORPUS, "zh-TW")
    assert line.text.startswith("會"), line.text


# ------------------------------------------------------------------------ 2. a bare rule tag after the ask

@pytest.mark.parametrize("tag", ["這有明文規定嗎", "这有规定吗", "那有規定嗎？"])
def test_a_bare_demonstrative_opens_a_rule_tag(tag: str) -> None:
    assert RULE_TAG.match(fold(tag))


@pytest.mark.parametrize(("question", "piece"), [
    ("報到的時候先給不行嗎？這有明文規定嗎", "報到的時候先給不行嗎"),
    ("报到时就发出席证明可以吗？这有规定吗", "報到時就發出席證明可以嗎"),
])
def test_the_ask_before_a_rule_tag_is_the_yes_no(question: str, piece: str) -> None:
    assert yes_no_piece(fold(question)).startswith(piece)


@pytest.mark.parametrize("question", ["簽到時就把出席證明發下去可以嗎？這有規定嗎", "報到時先發證明不行嗎？這有明文規定嗎"])
def test_giving_certificates_at_check_in_is_not_allowed(question: str) -> None:
    line = direct_line(question, hits("tsa-cme/4.4", "tsa-cme/8"), CORPUS, "zh-TW")
    assert line.text.startswith("不可以"), line.text


# ------------------------------------------------------------------------ 3. a cycle named is no figure of one's own

@pytest.mark.parametrize("question", [
    "once you hold the lifetime instructor certificate, do you still need to renew it every 6 years?",
    "拿到終身證書後還要每6年換證嗎？",
])
def test_a_cycle_decides_nothing(question: str) -> None:
    clause = CORPUS.get("tsir-instructor/6")
    assert not figures_decide(question, clause.gist_en or "", clause.text)


@pytest.mark.parametrize(("question", "word"), [
    ("once you hold the lifetime instructor certificate, do you still need to renew it every 6 years?", "No"),
    ("拿到終身證書後還要每6年換證嗎？", "不需要"),
])
def test_renewing_a_lifetime_certificate_every_cycle_is_not_needed(question: str, word: str) -> None:
    line = direct_line(question, hits("tsir-instructor/6", "tsir-instructor/4"), CORPUS, _lang(question))
    assert line.text.startswith(word), line.text


def test_an_age_of_ones_own_still_decides() -> None:
    clause = CORPUS.get("tsir-instructor/6")
    assert figures_decide("I'm 58 and 3 months, 2 weeks, can I get the lifetime certificate?", clause.gist_en or "", clause.text)


# ------------------------------------------------------------------------ 4. all of them, or any one?

@pytest.mark.parametrize(("question", "asked"), [
    ("do I have to satisfy BOTH the years requirement and the lectures route, or is either one enough?", True),
    ("Do I need both 8 years of practice and 3 talks, or does just one do?", True),
    ("年資跟演講那兩個條件都要符合嗎？還是符合一個就好", True),
    ("品保要同時符合兩套標準嗎？還是擇一即可？", True),
    ("Do I need 8 years of practice to be an instructor?", False),
    ("可以同時申請兩個領域嗎？", False),  # several at once, no either
])
def test_both_or_either_asked(question: str, asked: bool) -> None:
    assert asks_both_or_either(question) is asked


@pytest.mark.parametrize(("question", "lead"), [
    ("For the instructor certificate, do I need both the practice years and the talks, or is either one enough?",
     "No, either one is enough"),
    ("當指導老師，年資和演講要兩個條件都符合嗎？還是符合其中一個就行？", "不用，符合其中之一即可"),
])
def test_either_is_enough_where_the_text_says_so(question: str, lead: str) -> None:
    line = direct_line(question, hits("tsir-instructor/1.1", "tsir-instructor/1", "tsir-instructor/1.2"), CORPUS,
                       _lang(question))
    assert line.cited == ["tsir-instructor/1"] and line.text.startswith(lead), line.text
    assert not unsupported(line.text, [CORPUS.full_text("tsir-instructor/1"), CORPUS.get("tsir-instructor/1").label])


def test_both_are_required_where_the_text_says_so() -> None:
    question = "數位乳攝儀沒有FDA核可的，品保要同時符合兩套標準嗎？還是擇一即可？"
    found = both_or_either(question, read_hits(frozenset(), hits("hpa-mammo/1.2.2.1"), CORPUS, "choice"), CORPUS)
    assert found is not None and found[1] is True
    line = direct_line(question, hits("hpa-mammo/1.2.2.1"), CORPUS, "zh-TW")
    assert line.text.startswith("需要，兩者都須符合"), line.text


def test_the_settling_clause_is_lifted_over_the_requirement_met_first() -> None:
    question = "當指導老師要同時滿足年資和發表文章嗎，還是滿足其中一個就可以？"
    ranked = lift_settling_clause(question, ["tsir-instructor/1.2.2", "tsir-instructor/3"], CORPUS)
    assert ranked[0] == "tsir-instructor/1"
    assert lift_settling_clause("發表文章要幾篇？", ["tsir-instructor/1.2.2"], CORPUS) == ["tsir-instructor/1.2.2"]


# ------------------------------------------------------------------------ 5. only X, or also Y?

@pytest.mark.parametrize(("question", "item"), [
    ("實地測試只有測機器嗎？還是閱片系統也會測？", "閱片系統"),
    ("实地测试只测机器本身吗？还是影像储存设备也会查？", "影像儲存設備"),
])
def test_an_item_of_the_heading_named_is_in_it(question: str, item: str) -> None:
    line = direct_line(question, hits("hpa-mammo/1.2.1", "hpa-mammo/1.2.1.4"), CORPUS, "zh-TW")
    assert line.text.startswith("會") and item in line.text.split("——")[0], line.text
    assert "合作醫療機構閱片工作站" in line.text  # (the heading's items follow)


def test_something_the_list_does_not_hold_gets_no_yes() -> None:
    line = direct_line("實地測試只測機器本身嗎？還是連空調也會測？", hits("hpa-mammo/1.2.1"), CORPUS, "zh-TW")
    assert not line.text.startswith(("會", "是", "有")), line.text


# ------------------------------------------------------------------------ 6. a short form's meaning

@pytest.mark.parametrize("question", ["文件裡常寫「乳攝車」，這是指什麼？", "规定里老出现“乳摄车”，这个指的是啥？"])
def test_a_short_form_pointed_back_at_finds_its_definer(question: str) -> None:
    assert prefer_definer(question, ["hpa-mammo/2.4.2", "hpa-mammo/2.4"], CORPUS)[0] == "hpa-mammo/2.4"
    assert short_form_asked(question, CORPUS.get("hpa-mammo/2.4").text) == ("乳攝車", "乳房 X 光攝影篩檢巡迴車")


def test_the_full_name_leads() -> None:
    line = direct_line("本會指的是哪個學會？", hits("tsa-cme/1"), CORPUS, "zh-TW")
    assert line.text.startswith("「本會」是「台灣外科醫學會」的簡稱"), line.text
    assert not unsupported(line.text, [CORPUS.full_text("tsa-cme/1"), CORPUS.get("tsa-cme/1").label])


def test_a_figure_asked_of_the_short_form_asks_no_meaning() -> None:
    assert short_form_asked("乳攝車一天上限幾案？", CORPUS.get("hpa-mammo/2.4").text) is None


# ------------------------------------------------------------------------ 7. where the person came back from

@pytest.mark.parametrize("question", [
    "剛從美國進修回來，想問去一次學會年會可以拿幾分？",
    "刚从日本进修回来，参加学会年会一次算几分？",
    "I just got back from a fellowship in the US; how many points does the annual meeting give?",
])
def test_where_one_came_back_from_places_no_meeting_abroad(question: str) -> None:
    assert without_background(question) != question
    assert not places_abroad(question)


@pytest.mark.parametrize("question", ["剛從日本開完JSS年會回來，可以拿幾分？", "去美國開ACS年會可以拿幾分？"])
def test_a_meeting_attended_abroad_stays_abroad(question: str) -> None:
    assert places_abroad(question)


# ------------------------------------------------------------------------ 8. certification names the IR rules

@pytest.mark.parametrize(("question", "docs"), [
    ("認證的個案數是算哪段期間的？", ["tsir-instructor"]),
    ("认证要的病例数是从哪天开始往前算？", ["tsir-instructor"]),
    ("課程認證要提前多久申請？", ["tsa-cme"]),  # a course's accreditation: the surgical society's
    ("疑似陽性個案數計算期間是哪段？", []),
])
def test_certification_names_the_ir_rules(question: str, docs: list[str]) -> None:
    assert doc_hints(question) == docs


# ------------------------------------------------------------------------ 9. an article to be changed is no look-up

@pytest.mark.parametrize("question", [
    "理事會想改積分辦法第五條，改完要走什麼程序才能生效？",
    "學會想修改積分辦法第八條，要誰批准？",
    "If the society amends article 5 of the CME rules, what's the procedure before it takes effect?",
])
def test_an_article_to_be_changed_is_no_look_up(question: str) -> None:
    named = [c for c in lookup(CORPUS, question) if c.doc == "tsa-cme"]
    assert named and changed_objects(CORPUS, question, named) == named


@pytest.mark.parametrize("question", ["外科學會積分辦法第八條在講什麼？", "第五條最近有修改嗎？"])
def test_an_article_asked_plainly_stays_a_look_up(question: str) -> None:
    named = [c for c in lookup(CORPUS, question) if c.doc == "tsa-cme"]
    assert named and changed_objects(CORPUS, question, named) == []
