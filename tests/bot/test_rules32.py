"""Round 32 rules classes (phrasings written for the tests, not the eval questions' words):

1. "Must every condition be met?" against "符合其中之一即可": 不用 / No (a folded 每1項 still asks all) — it was 是 / Yes.
2. A get-ready follow-up after a check ("…會不會看X？要不要先準備", "…? should we get it ready?"): the check is the ask.
3. "只有A嗎？還是會B？" met by a text holding B: B's own 會 answers; 幾 of "只查其中幾項，這樣可以嗎" is no wh-word.
4. Rules questions sent to a calculator: the rate asked with the getter between ("how many points do I get per month"),
   going on after a missed requirement ("還能繼續判讀嗎"), what a figure is computed from ("依什麼去算"), what is handed in
   ("how many sets, which views"), a grade's threshold with a bare example score.
5. "double" said of points is 加倍 (counting one thing twice is "double count"); "w/o" is "without".
6. A rated role asked for credits over a role counted toward eligibility; the facility level named, the staff set aside.
7. An own over-the-limit asked with no count of one's own gets no 會 / 不會.
8. A check asked twice ("會被評估嗎? 有沒有含…"), the last in words the clause lacks: the earlier ask gives the yes / no.
9. The kinds of something asked, named by two of a heading's items (自選 / 抽選): that heading first.
"""

from __future__ import annotations

import datetime

import pytest

from evals.first_line import AFFIRMATIVE, NEGATIVE, first_line, unsupported
from knowledge.textnorm import fold

TODAY = datetime.date(2026, 11, 25)


def _answer(engine, question: str):
    return engine.answer(question, None, today=TODAY)


def _line(engine, question: str) -> tuple[str, list[str]]:
    answer = _answer(engine, question)
    assert answer.route == "retrieval", answer.answer
    line = first_line(answer.answer)
    assert not unsupported(line, [engine.corpus.full_text(c.id) for c in answer.citations]), line
    return line, [c.id for c in answer.citations]


# 1. all of the conditions?
@pytest.mark.parametrize("question", [
    "指導老師資格是不是每一條都要符合？",
    "申请指导老师是不是每一项条件都要满足？",
    "要當介入指導老師，每一項資格都得符合嗎",
    "Do I have to meet every one of the instructor eligibility conditions?",
])
def test_all_conditions_against_one_suffices_is_no(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/1", cited
    assert NEGATIVE.match(fold(line)), line


def test_a_folded_each_item_asks_all() -> None:
    from bot.question_shapes import ASKS_ALWAYS

    for text in ("是不是每1項都要符合", "每一條都要嗎", "每款都要符合嗎"):
        assert ASKS_ALWAYS.search(text), text


# 2. a get-ready follow-up
@pytest.mark.parametrize("question", [
    "現場稽查會不會看影像儲存設備？PACS那邊要不要先準備",
    "实地测试会不会查影像储存设备？需要提前准备吗",
    "Will the on-site test look at our image storage? should we get the PACS ready?",
    "is the image storage equipment part of the on-site inspection? do we need to prepare the PACS beforehand?",
])
def test_a_get_ready_follow_up_leaves_the_check_first(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/1.2.1.4", cited
    assert AFFIRMATIVE.match(fold(line)), line


# 3. only A, or B?  /  幾 of "some"
@pytest.mark.parametrize("question", [
    "機器品管只有交報告嗎 還是會有人來現場實測？",
    "乳攝儀品管只有書面報告嗎？還是會有人來實地測試",
])
def test_only_a_or_will_b_answers_b(engine, question: str) -> None:
    line, _ = _line(engine, question)
    assert line.startswith("會"), line
    assert "實地測試" in line, line


@pytest.mark.parametrize("question", [
    "今年健康署通知說後續審查只查其中幾項，這樣可以嗎？不是每一項都要審？",
    "聽說這次後續審查只查其中幾項，這樣可以嗎？不是全部項目都要審？",
])
def test_some_of_the_items_reported_then_may_they(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/1", cited
    assert AFFIRMATIVE.match(fold(line)) and "部分" in line, line


# 4. rules questions that read as a calculation
@pytest.mark.parametrize(("question", "gold", "words"), [
    ("doing a 6-month fellowship overseas — how many points do I get per month?", "tsa-cme/5.9.1", ["8"]),
    ("I did 3 months of training abroad, how many credits do we earn per month?", "tsa-cme/5.9.1", ["8"]),
    ("我們家放射師學分差一點點 半年內沒補完的話還可以繼續拍嗎？", "hpa-mammo/2.1.2.1", ["不可以"]),
    ("our radiographer is a bit short on CE hours - if she can't make it up within 6 months can she keep shooting?",
     "hpa-mammo/2.1.2.1", ["No"]),
    ("院內年篩檢量有沒有爆量，署裡是依什麼去算的？看放射師人數還是上班天數", "hpa-mammo/1.1.2", ["工作日數"]),
    ("新來的放射師自選片要準備幾組？要拍哪些角度", "hpa-mammo/1.3.1", ["2"]),
    ("how many sets of self-selected images does each radiographer submit?", "hpa-mammo/1.3.1", ["2"]),
    ("壓迫裝置測試幾分以上算A？80分是哪一等", "hpa-mammo/2.2.1.1", ["85", "77-84"]),
])
def test_a_rules_question_is_not_computed(engine, question: str, gold: str, words: list[str]) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == gold, cited
    for word in words:
        assert word in line, line


@pytest.mark.parametrize("question", [
    "I did 3 months of training abroad, how many credits in total?",
    "我們假體影像分析75分，要幾分才是A？是哪一等",
])
def test_ones_own_figures_are_still_computed(engine, question: str) -> None:
    assert _answer(engine, question).route == "calculator"


def test_each_of_the_items_is_no_count(engine) -> None:
    answer = _answer(engine, "品管實測每一項要幾分才是A？假體影像分析75分是哪一等")
    assert answer.route in ("retrieval", "calculator"), answer.answer
    assert "沒有讀懂" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "放射師的自選片兩組分數差很多（非緻密368、緻密341），評等到底是看平均還是看比較低那組？",
    "自選片非緻密 365、緻密 338，評等是平均還是取低的？",
])
def test_self_selected_grade_says_the_lower_set(engine, question: str) -> None:
    answer = _answer(engine, question)
    assert answer.route == "calculator", answer.answer
    assert "較低組" in first_line(answer.answer), answer.answer


# 5. double / w/o
@pytest.mark.parametrize("question", [
    "在金門開業，年會跟月會的分數是不是可以double",
    "我在蘭嶼的衛生所，月會積分可以 double 嗎",
])
def test_double_points_are_the_islands(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.15", cited
    assert AFFIRMATIVE.match(fold(line)), line


@pytest.mark.parametrize("question", [
    "Is double-counting one paper across two society meetings allowed?",
    "can I double claim the same paper at two meetings?",
])
def test_double_counting_is_a_second_claim(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/6", cited
    assert line.startswith("No"), line


@pytest.mark.parametrize("question", [
    "got 2 SCI pubs on TACE where im corresponding author. can i apply for instructor w/o the case log?",
    "I have 3 first-author SCI papers on embolization, can I apply w/o case numbers?",
])
def test_without_shorthand(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/1.2.2", cited
    assert line.startswith("Yes"), line


def test_without_folds() -> None:
    assert fold("apply w/o the case log") == "apply without the case log"
    assert fold("I/O w/out") == "i/o w/out"


# 6. a rated role; the facility level
@pytest.mark.parametrize("question", [
    "國外會議當座長可以抵幾分？",
    "国外会议受邀当座长能抵几分？国内的呢",
])
def test_a_rated_role_over_an_eligibility_count(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/5.3", cited
    assert "40" in line, line


@pytest.mark.parametrize("question", [
    "at the facility level (not individual staff), which parts get graded in the follow-up review?",
    "which parts get graded at the facility level, as opposed to the radiographers, in the follow-up review?",
])
def test_the_facility_level(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.3", cited
    assert "self-selected" in line and "sampled" in line, line


@pytest.mark.parametrize("question", [
    "what categories of requirements does a mammo tech (radiographer) face at follow-up review? only CE credits or more?",
    "what kinds of requirements do mammo radiographers face at the follow-up review - only CE credits or more?",
])
def test_kinds_of_requirement_list_the_items(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.1.2", cited
    assert "continuing education" in line and "image" in line, line


# 7. an own over-the-limit with no count
def test_own_over_the_limit_without_a_count_gets_no_polarity(engine) -> None:
    line, _ = _line(engine, "我們的年篩檢量會不會超量，國健署根據什麼判定？")
    assert not AFFIRMATIVE.match(fold(line)) and not NEGATIVE.match(fold(line)), line
    assert "工作日數" in line, line


# 8. a check asked twice, the last in words the clause lacks
@pytest.mark.parametrize("question", [
    "閱片系統會被評估嗎? 實測有沒有含讀片螢幕那塊",
    "影像儲存設備會查嗎？實測有沒有包含PACS主機那塊",
])
def test_a_check_asked_twice_answers_in_the_clauses_words(engine, question: str) -> None:
    line, _ = _line(engine, question)
    assert line.startswith("會"), line


def test_another_ask_after_a_first_is_not_replaced() -> None:
    from bot.rules_answer import _earlier_yes_no

    assert _earlier_yes_no("可以申請嗎？那要附個案數證明嗎") is None  # (no check asked: the last piece is the ask)
    assert _earlier_yes_no("閱片系統會被評估嗎? 實測有沒有含讀片螢幕那塊") is not None


# 9. the kinds of something, named by its items
@pytest.mark.parametrize("question", [
    "臨床影像評估放射師要交兩種片嗎？自選跟抽選是怎麼分",
    "临床影像评估分成哪两种？自选跟抽选差在哪",
])
def test_the_kinds_named_lift_their_heading(engine, question: str) -> None:
    answer = _answer(engine, question)
    assert "hpa-mammo/1.3" in [c.id for c in answer.citations][:2], answer.answer


def test_kinds_heading_needs_two_items_named(engine) -> None:
    from knowledge.siblings import kinds_heading

    assert kinds_heading("臨床影像評估分幾種？自選跟抽選差在哪", engine.corpus) == "hpa-mammo/1.3"
    assert kinds_heading("臨床影像評估分幾種？", engine.corpus) is None
    assert kinds_heading("自選跟抽選的分數怎麼算", engine.corpus) is None  # (no kinds asked)
    # (two named to be contrasted, then the parts of one asked: that one's parts, not the heading over both)
    assert kinds_heading("實地測試跟書面考核差在哪？實測那邊大概分幾大項", engine.corpus) is None
