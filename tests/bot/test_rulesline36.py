"""Round 36 (rules line helper): the first line of a rules answer answers what was asked, and claims nothing its clause
does not.

1. A count of a whole's parts ("分幾大塊", "how many parts"): the heading whose items the parts are (not a grading table
   naming them in its rows), its count first ("共 5 項：…"), then the items. "overview" / 總覽 asks for the items too.
2. "Does the review also test Y?" ("會不會連 Y 也一起測", "Y 那幾台也會測嗎"): the item naming Y answers, yes; 那幾台 /
   這幾張 (a demonstrative and any measure word) point at things, they ask no count.
3. A procedure the regulation lists by its own name (TIPS): the item listing it answers; a word of the regulation's own
   title ("instructor" → 指導老師) names no listed item.
4. A category's case count asked with examples of its items: the category's heading, which states the count.
5. "Held in Taipei, still international?": the rule granting the thing regardless of where (不分國內、外) answers, not
   the rule on what it is not (非國際性).
6. A verb and its object with 個 between them (蓋個章) is the pair (蓋章): "may a colleague sign / may I stamp?" met by
   the duty to sign by hand is no.
7. "非得 / 非要" asks as 一定要 (it denies nothing); "must it be X?" met by a clause offering X or Y is not necessarily.
8. A question negating the clause's category ("算非血管介入嗎" against 血管介入's items): no 算 — the line says it is unsure.
9. A failing said plainly (沒過 / 没过 / 沒通過): the rule on 未通過 ranks first.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line, unsupported
from evals.runner import answer_quote_source
from tests.bot.first_line_support import CORPUS, line_for


def _line(answer) -> str:
    return first_line(answer.answer)


def _supported(answer) -> None:
    assert not unsupported(_line(answer), [answer_quote_source(c.id) for c in answer.citations])


# (question, the clause quoted first — None: any, the line starts with one of, words the line holds — all of them,
#  checked against its quoted clauses)
FIRST_LINES = [
    # 1. the parts of a whole, counted from the heading
    ("實地測試總共有幾大部分？", "hpa-mammo/1.2.1", ("共 5 項",), (), True),
    ("乳攝儀的現場測試一共分几大块？", "hpa-mammo/1.2.1", ("共 5 項",), (), True),
    ("書面考核分幾大塊？", "hpa-mammo/1.2.2", ("共 2 項",), (), True),
    ("How many parts does the on-site equipment test have?", "hpa-mammo/1.2.1", ("5 parts",), (), True),
    ("How many components are in the written review of the unit?", "hpa-mammo/1.2.2", ("2 parts",), (), True),
    # … an overview asks the items
    ("Give me an overview of the review standards for the reading physicians.", None, ("",),
     ("continuing education", "re-read"), False),
    ("放射師的審查標準給個總覽", None, ("",), ("繼續教育", "攝影量"), False),
    # 2. "does it also test Y": the item naming Y
    ("後續審查會不會連影像儲存設備也一起查？", "hpa-mammo/1.2.1.4", ("會", "Yes"), (), True),
    ("审查会不会连储存影像那几台设备也一起查？", "hpa-mammo/1.2.1.4", ("會", "Yes"), (), True),
    ("實地測試那幾台看片螢幕也會測嗎？", "hpa-mammo/1.2.1.3", ("會", "Yes"), (), True),
    ("Will the site visit also check the image storage equipment?", "hpa-mammo/1.2.1.4", ("會", "Yes"), (), True),
    # 3. a procedure listed by its own name
    ("Does a TIPS case count toward the vascular category?", "tsir-instructor/2.4.4", ("Yes", "可以", "算"), (), False),
    ("TIPS 可以算在血管介入嗎？", "tsir-instructor/2.4.4", ("Yes", "可以", "算"), (), False),
    ("Would TIPS be counted under vascular intervention for the instructor application?", "tsir-instructor/2.4.4",
     ("Yes", "可以", "算"), (), False),
    # 4. a category's count, asked with examples of its items
    ("血管介入那一類（像氣球擴張、放支架那些）要收幾例？", "tsir-instructor/2.4", ("",), ("100",), False),
    ("血管介入类（球囊扩张、支架）病例数要多少？", "tsir-instructor/2.4", ("",), ("100",), False),
    ("How many cases do I need in the vascular category (angioplasty, stenting, that stuff)?", "tsir-instructor/2.4", ("",),
     ("100",), False),
    # 5. regardless of where
    ("國際學術會議在台中舉辦，還算國際會議嗎？", "tsa-cme/5.4.n2", ("算", "是", "Yes"), ("30",), False),
    ("國際會議在高雄開，還是照國際會議給分嗎？", "tsa-cme/5.4.n2", ("算", "是", "Yes"), ("30",), False),
    ("Is an international meeting held in Taiwan still credited as international?", "tsa-cme/5.4.n2", ("算", "是", "Yes"),
     ("30",), False),
    ("Is an international symposium in Kaohsiung still counted as international, or as a local meeting?", "tsa-cme/5.4.n2",
     ("算", "是", "Yes"), ("30",), False),
    # 6. 蓋個章 is 蓋章: signing for someone or stamping is no
    ("可以請同事幫我在出席簽名單上簽名嗎？", "tsa-cme/8", ("不可以", "不行", "No"), (), True),
    ("簽名單可以蓋個章代替嗎？", "tsa-cme/8", ("不可以", "不行", "No"), (), True),
    ("签名单能不能盖个章就好？", "tsa-cme/8", ("不可以", "不行", "No"), (), True),
    ("Can I just stamp the attendance sheet instead of signing?", "tsa-cme/8", ("不可以", "不行", "No"), (), True),
    # 7. 非得 asks as 一定要; one of the courses offered is not necessarily …
    ("非得第一作者才行嗎？", None, ("不一定", "Not necessarily"), (), False),
    ("SCI 文章一定要第一作者才能算嗎？", None, ("不一定", "Not necessarily"), (), False),
    ("Does it have to be the first author?", None, ("不一定", "Not necessarily"), (), False),
    # … "must it be X? does Y count?" is one ask, answered yes
    ("一定要第一作者嗎？通訊作者算不算？", None, ("算", "可以"), ("通訊作者",), False),
    ("SCI 论文非要第一作者吗？通讯作者算不算？", None, ("算", "可以"), ("通訊作者",), False),
]


@pytest.mark.parametrize(("question", "first", "starts", "holds", "checked"), FIRST_LINES)
def test_first_line(ask, question: str, first: str | None, starts: tuple[str, ...], holds: tuple[str, ...],
                    checked: bool) -> None:
    a = ask(question)
    line = _line(a)
    if first is not None:
        assert a.route == "retrieval" and a.citations[0].id == first, (line, [c.id for c in a.citations])
    assert line.startswith(starts), line
    assert all(w in line for w in holds), line
    if checked:
        _supported(a)


# ── 1. the parts of a whole, counted ──

def test_parts_asked_prefer_the_heading_over_a_grading_table() -> None:
    """Met first by the grading table naming the tests in its rows, the heading of the tests answers."""
    text = line_for("儀器實測一共分幾大塊？", ["hpa-mammo/2.2.1.1", "hpa-mammo/2.2.1.1.n1", "hpa-mammo/1.2.1.1",
                                            "hpa-mammo/1.2.1"], "zh-TW")
    assert text.startswith("共 5 項") and "劑量" in text and "（一(二)1）" in text, text


# ── 2. "does it also test Y": the item naming Y ──

@pytest.mark.parametrize(("question", "lang"), [
    ("後續審查會不會連看片螢幕也一起測？", "zh-TW"),
    ("后续审查会不会连看片屏幕也一起测？", "zh-TW"),
    ("審查會不會連閱片工作站也都查？", "zh-TW"),
])
def test_also_tested_is_no_yes_from_a_clause_without_it(question: str, lang: str) -> None:
    """Met only by the reading physicians' standards (which never name a monitor): unsure, never a yes."""
    text = line_for(question, ["hpa-mammo/2.1.1"], lang)
    assert text.startswith(("條文中沒有", "I found no")), text


@pytest.mark.parametrize("question", ["那幾台螢幕也要測嗎", "这几张片子也要交吗", "那幾篇也算嗎"])
def test_a_demonstrative_with_a_measure_word_asks_no_count(question: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == "yes_no"


# ── 6. 蓋個章 is 蓋章 ──

def test_a_measure_word_between_verb_and_object() -> None:
    from bot.rules_answer import question_terms

    assert {"蓋章", "簽名"} <= question_terms("可以蓋個章嗎？還是要簽個名")


# ── 7. 非得 asks as 一定要; one of the courses offered is not necessarily ──

def test_feidei_denies_nothing() -> None:
    from bot.rules_answer import NEGATION

    assert not NEGATION.search("非得是第一作者嗎") and not NEGATION.search("非要交嗎") and NEGATION.search("非本會")


# ── 8. the question negates the clause's category ──

@pytest.mark.parametrize(("question", "lang"), [
    ("腹水抽吸算非血管介入嗎？", "zh-TW"),
    ("胸腔引流算不算非血管介入的案例？", "zh-TW"),
    ("Does a paracentesis count as non-vascular intervention?", "en"),
])
def test_a_negated_category_gets_no_yes_from_the_plain_one(question: str, lang: str) -> None:
    text = line_for(question, ["tsir-instructor/2.4.1", "tsir-instructor/2.4.3", "tsir-instructor/2.4"], lang)
    assert text.startswith(("條文中沒有", "I found no")), text


def test_the_negated_category_the_clause_shares_still_answers() -> None:
    """"PAE 算非腫瘤栓塞嗎" against 非腫瘤血管栓塞治療: the clause negates it too — it answers."""
    from knowledge.negations import asked_against

    assert not asked_against("PAE算非腫瘤栓塞嗎", "tsir-instructor/2.3", CORPUS)
    assert asked_against("PAE算非腫瘤栓塞嗎", "tsir-instructor/2.2", CORPUS)


# ── 9. failing said plainly ──

@pytest.mark.parametrize("question", ["自我評量指標沒通過，誰要去上課？", "自我评量指标没过，谁要去参加讨论会？",
                                      "醫學自我評量指標沒過的話負責醫師要幹嘛？"])
def test_failing_said_plainly_ranks_the_rule_on_failing(engine, question: str) -> None:
    hits = engine.retriever.search(question, 3)
    assert "hpa-mammo/2.3.2.2" in [h.clause.id for h in hits[:2]], [h.clause.id for h in hits]
