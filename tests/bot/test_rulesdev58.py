"""Round 58 (rules questions): what is asked routes, whose subject it is scopes, and the row a stated rate passes ranks first.

1. Routing (bot/routing.py), by what is asked:
   - whether reading goes on, asked of ONE re-read rate ("陰性複判差異 23%，還能繼續判讀嗎", "one of our imagers got 25% on
     negatives — can she keep reading?"): the rule's row, as one rate of the milder bands already was (`READING_GOES_ON`,
     `ASKS_OBLIGATION` with 看片); both rates stay computed;
   - which of the two sets the grade takes, asked with 拿 / 來評等 / 取低的還是高的 / "which one do they grade on" (`ASKS_WHICH`);
   - the rule's multiplier asked of ("分數是不是可以x2", "算兩倍嗎"): no figure of one's own (`_multiplier`);
   - the kind's rate asked with 認, and the next band in turn ("這種認幾分？超過兩小時的又是幾分", `KIND_VALUE_ASKED`).
2. Scope (bot/scope.py): a chatty preamble before a question of ours (`asked_part`); another field's specialist renewing
   ("family med specialist here"); the years since the radiology board certificate (our instructor's seniority); another
   modality's credential asked whether it relates to mammography's; the radiology board the only thing asked.
3. Ranking (knowledge/ranges.py): a rate outside a row's bands and bounds (`excludes`), past a row's own bound
   (`past_stated_bound`), the grades themselves asked (`asked_grade_table`).

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import ASKS_WHICH, READING_GOES_ON, decide_calculation, states_figures
from bot.scope import asked_part, neighbour_kind
from knowledge.ranges import asked_grade_table, excludes, past_stated_bound

TODAY = datetime.date(2026, 12, 7)
C = "丙、疑似陽性個案複判差異超過 60%或陰性個案複判差異超過 20%，立即停止判讀，待參加示範醫院判片座談會及個案討論會，並通過跑片考試後，始恢復判讀資格。"
B = "乙、疑似陽性個案複判差異介於 50% - 60%或陰性個案複判差異介於 15% - 20%，應於下次後續審查前參加示範醫院判片座談會及個案討論會，並須通過跑片考試，始得繼續判讀。"


def _q(text: str) -> Query:
    return Query(text, today=TODAY)


# ── 1. routing ──

ONE_RATE_GOES_ON = [
    "one of our breast imagers got 25% discrepancy on negatives in the reread. can she keep reading screening films while she waits for the next seminar?",
    "陰性複判差異 24%，這位醫師還可以繼續判讀嗎？",
    "阳性复判差异 66%，医生还能继续看片吗？",
    "positive-case reread discordance was 70% for Dr. Wu. can she continue reading screening films?",
    "陽性複判差異 55%，他要做什麼才能繼續看片？",
]


@pytest.mark.parametrize("question", ONE_RATE_GOES_ON)
def test_reading_going_on_of_one_rate_asks_the_rule(question: str) -> None:
    assert decide_calculation(_q(question)) is None


BOTH_RATES = [
    "陰性複判差異 24%、陽性 30%，這位醫師還可以繼續判讀嗎？",
    "Reader's re-read discrepancy: positive 55%, negative 9%. Can he keep reading?",
]


@pytest.mark.parametrize("question", BOTH_RATES)
def test_both_rates_stay_computed(question: str) -> None:
    decision = decide_calculation(_q(question))
    assert decision is not None and decision.extraction.tool == "hpa_reread_action"


def test_reading_goes_on_words() -> None:
    assert READING_GOES_ON.search("還能繼續讀片嗎") and READING_GOES_ON.search("can he keep reading")
    assert READING_GOES_ON.search(_q("这医生还能继续看片子吗").cues)  # (Simplified folded to Traditional before it is read)
    assert not READING_GOES_ON.search("does he have to stop reading right away?")


WHICH_SET = [
    "放射師自選片有兩組嘛，緻密跟非緻密，兩組分數不一樣的話是拿哪一組來評等？",
    "自選片兩組分數差很多，評等是取低的還是高的？",
    "the two self-selected sets got different scores - which one do they grade on?",
]


@pytest.mark.parametrize("question", WHICH_SET)
def test_which_set_the_grade_takes_asks_the_rule(question: str) -> None:
    assert ASKS_WHICH.search(_q(question).cues)
    assert decide_calculation(_q(question)) is None


def test_own_sets_graded_stay_computed() -> None:
    decision = decide_calculation(_q("放射師自選片非緻密 355、緻密 362，評幾等？"))
    assert decision is not None and decision.route == "calculator"


MULTIPLIER = [
    "我在金門的醫院上班，飛回台北參加外科年會，分數是不是可以x2？",
    "我在澎湖執業，參加外科年會的積分可以算兩倍嗎？",
    "I work at a hospital on Kinmen. If I fly back to Taipei for the annual meeting, do my points count x2?",
]


@pytest.mark.parametrize("question", MULTIPLIER)
def test_the_rules_multiplier_is_no_figure(question: str) -> None:
    assert not states_figures(_q(question))
    assert decide_calculation(_q(question)) is None


def test_an_items_count_written_x_n_is_a_figure() -> None:
    assert states_figures(_q("今年 TSA月會x12 + 年會x1 + 國外會議x1 + ATLS x1 = ?"))
    assert states_figures(_q("non-SCI case report first author x3, SCI case report co-author x2 — how many TSIR renewal points?"))


def test_own_count_beside_the_multiplier_is_computed() -> None:
    decision = decide_calculation(_q("我在金門執業，去年年會去了2次，x2的話是幾分？"))
    assert decision is not None and decision.route == "calculator"


KIND_IN_TURN = [
    "院外的小型學術討論會 大概一個半小時，這種認幾分？超過兩小時的又是幾分",
    "院外的學術研討會，一個小時左右的那種認幾分？超過兩小時的呢",
]


@pytest.mark.parametrize("question", KIND_IN_TURN)
def test_a_kinds_rate_and_the_next_band_ask_the_rule(question: str) -> None:
    assert decide_calculation(_q(question)) is None


def test_own_sessions_summed_stay_computed() -> None:
    decision = decide_calculation(_q("我今年去了三場院外研討會，每場一個半小時，總共幾分？"))
    assert decision is not None and decision.route == "calculator"


# ── 2. scope ──

def test_the_question_proper_after_a_preamble() -> None:
    q = "各位好～我是X醫院乳篩窗口，上個月剛接手業務，前任留下來的資料亂七八糟😅 想問一下：我們的醫學自我評量指標審查好像沒過，醫院這邊要做什麼補救？誰要去？"
    assert asked_part(q) == "我們的醫學自我評量指標審查好像沒過，醫院這邊要做什麼補救？誰要去？"
    assert asked_part("Hi all, new coordinator here and the files are a mess. Quick question: who has to attend the QC meeting?") \
        == "who has to attend the QC meeting?"
    assert asked_part("請問自我評量指標沒過要做什麼？") is None  # (no preamble to leave out)


THEIRS = [
    "family med specialist here — 6-yr renewal, how many pts from the family medicine assoc annual meeting?",
    "internal medicine doc here, renewing my board cert in 2027 — does the internal medicine society annual meeting count, how many points?",
    "乳房超音波的資格認證（超音波醫學會那個）要怎麼申請？跟乳攝的資格審查有關嗎",
    "乳房超音波判讀醫師的資格要怎麼拿？跟乳攝判讀醫師的資格有關係嗎",
    "放射線醫學會的放射診斷專科醫師證書展延要幾分？跟介入學會的指導老師換證是同一套嗎，我只問放射專科的",
]


@pytest.mark.parametrize("question", THEIRS)
def test_their_subjects_are_theirs(question: str) -> None:
    assert neighbour_kind(_q(question), topic=False) is not None


OURS = [
    "surgeon here — 6-yr renewal, how many pts from the TSA annual meeting?",
    "Localization/biopsy/drainage domain: PCN 120, PTCD 90, CT-guided biopsies 100 over the past six years. Exactly 8 yrs since my radiology board cert. Eligible?",
    "embolization - 200 cases in 6 years, 10 years after my radiology board certification. can I apply to be an instructor?",
    "乳攝判讀醫師的資格跟繼續教育時數要怎麼算？",
]


@pytest.mark.parametrize("question", OURS)
def test_our_subjects_stay_ours(question: str) -> None:
    assert neighbour_kind(_q(question), topic=False) is None


# ── 3. ranking ──

def test_a_rate_outside_a_rows_bands() -> None:
    assert excludes("陰性複判差異 23%，還能繼續看片嗎", B)
    assert not excludes("陰性複判差異 23%，還能繼續看片嗎", C)
    assert not excludes("陰性複判差異 17%", B)
    assert not excludes("複判差異超過 60% 會怎樣", B)  # (a bound, no value: the span ranking's)


def test_a_rate_past_a_rows_own_bound_of_its_measure() -> None:
    assert past_stated_bound("陰性複判差異 24%，還可以繼續判讀嗎", C)
    assert past_stated_bound("positive-case reread discordance was 70%", C)
    assert not past_stated_bound("陽性複判差異 55%", C)
    assert not past_stated_bound("陽性超過 60% 會怎樣", C)


def test_the_grades_themselves_asked() -> None:
    assert asked_grade_table("機器現場測完會打等地嗎？分成幾等") == "score"
    assert asked_grade_table("is the on-site machine test graded? how many grades are there") == "score"
    assert asked_grade_table("實地測試 假體 80 分，分成幾等") is None  # (a figure of one's own: its grade, as before)
    assert asked_grade_table("實地測試要怎麼申請") is None
