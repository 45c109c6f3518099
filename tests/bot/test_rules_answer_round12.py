"""Round 12 first-line classes (issue 10), new phrasings of our own:

1. English "where" asks a place only as the question's own word; as a relative ("the cutoff where a reader is pulled")
   it asks the figure or the rule (was: "This item sets the … standards" for a cutoff question read as "where");
2. "cutoff", "above / below what …" ask a figure, like "threshold";
3. a heading ranked first ("(2) 複判差異性評估：", "(3) 放射師攝影量") states no figure: its own item close behind,
   which does, answers;
4. another regulation's figure never answers for the best hit (was: "有：…非本會舉辦…30 分" for a radiographer's
   monthly volume);
5. 技師 (what people call the radiographer) meets 放射師;
6. whether a figure is fixed ("有固定給幾分嗎") against a rule of judgement ("視…相關程度來核給") is answered no, never
   "是"; against a fixed figure (每次 60 分) still yes.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind
from evals.first_line import unsupported
from knowledge.corpus import load_corpus
from tests.bot.test_rules_answer_round10 import line_for  # hits for given clauses → the first line

CORPUS = load_corpus()


@pytest.mark.parametrize("question", [
    "what's the discrepancy cutoff where a reader has to stop reading?",
    "is there a point where the van's daily volume gets too high?",
    "in a case where the unit fails the AEC check, can it still screen?",
    "the stage where a radiographer must retrain — what score is that?",
    "any situation where the fee is waived?",
    "at the review where HPA samples images, how many are drawn?",
])
def test_a_relative_where_is_no_where_question(question: str) -> None:
    assert answer_kind(question) != "where", question


@pytest.mark.parametrize("question", [
    "where is the follow-up review form?",
    "Where can I look up our annual screening volume?",
    "and where do we send the sign-in sheet?",
    "so where exactly is the CME rule written?",
    "where's the list of on-site test items?",
    "which website shows the screening numbers?",
])
def test_an_asking_where_stays_a_where_question(question: str) -> None:
    assert answer_kind(question) == "where", question


@pytest.mark.parametrize("question", [
    "what's the cutoff score for a B?",
    "negative-case discrepancy: what cut-off applies?",
    "cutoff for the follow-up completion rate before deductions start?",
    "What are the cutoffs between grades on the sampled images?",
    "the radiographer volume cut-off per month, please",
    "above what negative discrepancy must a reader stop?",
    "below what follow-up rate does the deduction start?",
    "from what score is a sampled image graded A?",
])
def test_a_cutoff_asks_a_figure(question: str) -> None:
    assert answer_kind(question) == "number", question


@pytest.mark.parametrize(("question", "clauses", "lang", "figure", "cited"), [
    ("放射師攝影量每個月上限多少？", ["hpa-mammo/2.1.2.3", "hpa-mammo/2.1.2.3.1"], "zh-TW", "500", "hpa-mammo/2.1.2.3.1"),
    ("radiographer volume: what's the monthly cap?", ["hpa-mammo/2.1.2.3", "hpa-mammo/2.1.2.3.1"], "en", "500",
     "hpa-mammo/2.1.2.3.1"),
    ("判讀醫師陰性個案複判差異超過多少要立即停止判讀？", ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.3"], "zh-TW", "20",
     "hpa-mammo/2.1.1.2.3"),
    ("判读医师阳性复判差异超过多少要马上停止判读？", ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.3"], "zh-TW", "60",
     "hpa-mammo/2.1.1.2.3"),
    ("above what suspected-positive discrepancy is a reader pulled at once?", ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.3"],
     "en", "60", "hpa-mammo/2.1.1.2.3"),
])
def test_a_headings_own_item_states_the_figure(question: str, clauses: list[str], lang: str, figure: str,
                                               cited: str) -> None:
    line = line_for(question, clauses, lang)
    assert figure in line, line
    assert not unsupported(line, [CORPUS.full_text(cited), CORPUS.get(cited).label]), line


@pytest.mark.parametrize(("question", "lang"), [
    ("放射師攝影量每個月上限多少？", "zh-TW"),
    ("技師一個月最多可以照幾案？", "zh-TW"),
    ("放射师每月拍摄量上限是多少", "zh-TW"),
    ("what's the monthly cap on a radiographer's mammograms?", "en"),
    ("how many screenings a month can one tech do at most?", "en"),
])
def test_another_regulations_figure_never_answers(question: str, lang: str) -> None:
    # the heading first, the surgical society's 30-credit cap next: its 30 is no radiographer's figure
    line = line_for(question, ["hpa-mammo/2.1.2.3", "tsa-cme/5.12"], lang)
    assert "30" not in line, line
    assert "第五條" not in line and "tsa-cme" not in line, line


@pytest.mark.parametrize("question", [
    "技師每個月最多可以照幾案？",
    "我們技師的繼續教育不夠會怎樣？",
    "技师每月拍摄上限多少？",
    "乳攝車上的技師一天可以拍幾個？",
    "技師自選片要交幾組？",
])
def test_a_technician_is_the_radiographer(engine, question: str) -> None:
    ids = [h.clause.id for h in engine.retriever.search(question, 3)]
    radiographer = [i for i in ids if "放射師" in CORPUS.full_text(i) or "放射師" in (CORPUS.get(i).gist_zh or "")]
    assert radiographer and radiographer[0] == ids[0], (question, ids)


# ------------------------------------------------------------------ 6. "a fixed value?" against a rule of judgement


@pytest.mark.parametrize("question", [
    "參加其他外科相關學會的年會，有固定給幾分嗎？",
    "其他外科相关学会年会是不是一律给固定分数？",
    "別的外科醫學會年會，積分是統一的嗎？",
    "其他外科相關醫學會的年會積分是固定的嗎",
    "外科相关的其他学会开年会，学分是统一给的吗？",
    "is there a fixed point value for another surgical society's annual meeting?",
    "Do related surgical societies' congresses get a flat number of credits?",
])
def test_a_fixed_value_asked_of_a_rule_of_judgement_is_no(question: str) -> None:
    from evals.first_line import AFFIRMATIVE

    line = line_for(question, "tsa-cme/5.10", "en" if question.isascii() else "zh-TW")  # 視…與外科醫學之相關程度來核給積分
    assert not AFFIRMATIVE.match(line), line
    assert not unsupported(line, [CORPUS.full_text("tsa-cme/5.10"), CORPUS.get("tsa-cme/5.10").label]), line


def test_a_fixed_value_asked_of_a_fixed_rule_is_still_yes() -> None:
    from evals.first_line import AFFIRMATIVE

    line = line_for("參加本會年會是固定給分嗎？", "tsa-cme/5.1", "zh-TW")  # 每次積分 60 分
    assert AFFIRMATIVE.match(line), line
    assert "60" in line


def test_a_heading_asked_for_its_parts_answers_with_them() -> None:
    # "評等分幾級" asks the heading's parts: its own line (the grades and measures), not one item's figure
    # (in English, or with the item sharing more words — "品管實地測試的評等一共分幾級" — the item's grade bands, 2.2.1.1,
    # still answer: a close hit stating figures, as before this round)
    for question in ("乳攝儀實地測試的評等分幾級？", "实测评等分成哪几级？", "實地測試評等分成哪幾個等級？",
                     "實地測試的評等是分成幾級呢", "实地测试评等分几级"):
        line = line_for(question, ["hpa-mammo/2.2.1", "hpa-mammo/2.2.1.1"], "zh-TW")
        assert line.endswith("（二(二)1）。"), (question, line)
