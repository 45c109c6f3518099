"""Round 50, calculator reading classes found by round 49's spent held-out bank (calcspent50), through their mechanisms.

1. A number naming a van, machine, room or person in Chinese ("2號乳攝車", "第2台車") is a label (`unit_label_zh`): named in
   `unused`, never a fact left unread; a day ("10月3號") and a count ("2台乳攝車") are not labels.
2. A rate whose group is named after the reading step ("62% discrepancy on re-read of suspected-positive cases") is that
   group's rate (`_RATE_OF`).
3. An English count gone through one by one with the noun left out ("2 SCI papers, one as 1st author and one as
   corresponding") is how many the ones are (`_enumerations`).
4. A question asked on the one before being answered no ("If not - …", "如果不行，…") is one question with it
   (`_if_not_with_question`), and its words negate no figure; a what-if naming what it drops stays a part.
5. A birth month worked out day by day while the application date is only a year (明年) asks for the dates.
6. A dated case's deadline set beside another's ("期限一樣嗎") is computed (`DEADLINE_COMPARED`).
7. Another modality's certificate and a meeting's logistics are out of scope; our own stay in.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.ledger import _enumerations, mentions
from bot.parsing.numbers import find_quantities, normalize_numerals
from bot.parsing.text import Query, fold
from bot.parts import _if_not_with_question
from bot.reader.mentions import unit_label_words, unit_label_zh
from bot.reader.numbers import _RATE_OF
from bot.routing import DEADLINE_COMPARED, decide_calculation
from bot.scope import neighbour_kind
from tests.bot.conftest import TODAY, ask_and_reply, calculator_call

# ------------------------------------------------------------------------ 1. a number naming a unit


def _labels(text: str) -> list[str]:
    return [unit_label_words(text, q.start) for q in find_quantities(text) if unit_label_zh(text, q.start, q.end, q.value)]


@pytest.mark.parametrize(("text", "labels"), [
    ("下個月想給2號乳攝車報備4個放射師輪班", ["2號乳攝車"]),
    ("3號機今天拍了90個", ["3號機"]),
    ("第2台乳攝車一天拍了100個", ["第2台乳攝車"]),
    ("1號診間的醫師今天判了40張", ["1號診間"]),
    # near misses: a day of a month, a count of vans, a count of people
    ("10月3號乳攝車報備3個放射師", []),
    ("我們有2台乳攝車，每台報備3人", []),
    ("車上有3位放射師", []),
])
def test_unit_labels(text: str, labels: list[str]) -> None:
    assert _labels(text) == labels


@pytest.mark.parametrize("question", [
    "下个月想给3号乳摄车报备2个放射师，每天大概拍90个，可以吗？",
    "5號乳攝車今天報備了3位放射師，拍了110案，有超過嗎？",
])
def test_label_is_unused_not_unread(engine, question: str) -> None:
    a = ask_and_reply(engine, question)
    call = calculator_call(a, "hpa_radiographer_volume")
    assert set(call.args) == {"daily_screenings_on_van", "radiographers_on_van"}
    assert any("號乳攝車" in u for u in a.unused)


# ------------------------------------------------------------------------ 2. a rate's group after the reading step


@pytest.mark.parametrize(("between", "label"), [
    (" discrepancy on re-read of ", True),
    (" disagreement at audit of the ", True),
    (" discordance in the re-reading of our ", True),
    (" on the ", True),
    # near miss: a clause that goes on past the rate is no label of it
    (" of them were read again and the ", False),
])
def test_rate_group_after_reading_step(between: str, label: bool) -> None:
    assert (_RATE_OF.match(between) is not None) == label


def test_positive_rate_named_after_reread(engine) -> None:
    a = ask_and_reply(engine, "reader C: 57% discrepancy on re-read of the suspected-positive cases, negatives ok (6%). tier?")
    call = calculator_call(a, "hpa_reread_action")
    assert call.args == {"positive_discrepancy_pct": 57, "negative_discrepancy_pct": 6}
    assert call.result["tier"] == "required"


# ------------------------------------------------------------------------ 3. English ones through a count


@pytest.mark.parametrize(("text", "ones"), [
    ("I have 2 SCI papers, one as 1st author and one as corresponding. Am I in?", 2),
    ("3 SCI papers, one as first author, one as corresponding and one as second author", 3),
    # near miss: ones of another count ("one of the 2 RFA days") are no items of the papers
    ("2 SCI papers and 1 lecture", 0),
])
def test_english_ones_go_through_the_count(text: str, ones: int) -> None:
    folded = normalize_numerals(fold(text, collapse=False))
    assert len(_enumerations(folded, mentions(folded, TODAY))) == ones


# ------------------------------------------------------------------------ 4. a question asked on "if not"


@pytest.mark.parametrize(("pieces", "joined"), [
    (["Lifetime cert yet?", "If not - 4 domestic moderator roles, how many pts?"], 1),
    (["可以直接終身嗎？", "如果不行，國內座長3次、國外口頭報告1次，總共幾分？"], 1),
    (["能直接申请终身吗？", "不行的话，国内讲者2次，共几分？"], 1),
    (["do I get the lifetime one?", "otherwise: 2 SCI papers as first author — how many points short?"], 1),
    # near miss: the verdict before asked again with a fact added — a what-if part of its own
    (["enough for the ablation instructor?", "and if not — I also gave 3 ablation lectures, does that get me in?"], 2),
    # near misses: a what-if naming what it drops, another question
    (["可以直接終身嗎？", "如果沒有SCI呢？"], 2),
    (["eligible?", "what if not first author?"], 2),
    (["幾分？", "另外月會呢？"], 2),
])
def test_if_not_joins_the_question_before(pieces: list[str], joined: int) -> None:
    assert len(_if_not_with_question(pieces)) == joined


def test_if_not_reads_the_activities(engine) -> None:
    a = ask_and_reply(engine, "born 1967-02-11, sending the TSIR instructor renewal on 2026-12-01. lifetime yet? "
                              "if not, 3 domestic lectures + 1 international oral — how many points short?")
    call = calculator_call(a, "tsir_renewal_check")
    assert call.result["lifetime_eligible"] is False
    assert call.result["points"] == 85 and call.result["shortfall"] == 115


# ------------------------------------------------------------------------ 5. a birth month and a year-only application


@pytest.mark.parametrize("question", [
    "我是1966年4月生的，明年要送指導老師換證，到時候滿60可以直接申請終身嗎？",
    "born in June 1966, I'll send my TSIR instructor renewal next year. can I get the lifetime one then?",
])
def test_month_birth_year_only_application_asks(engine, question: str) -> None:
    a = ask_and_reply(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:200])
    assert not a.tool_calls


def test_month_birth_month_application_is_worked_out(engine) -> None:
    a = ask_and_reply(engine, "我1966年2月生，明年2月要送指導老師換證，那時候可以直接申請終身嗎？")
    assert calculator_call(a, "tsir_renewal_check").result["lifetime_eligible"] is True


# ------------------------------------------------------------------------ 6. a dated case's deadline compared


@pytest.mark.parametrize(("text", "compared"), [
    ("期限一樣嗎", True),
    ("最晚的日期也一樣嗎", True),
    ("is her deadline the same?", True),
    ("same deadline?", True),
    # near miss: the credits compared, no deadline
    ("積分一樣嗎", False),
])
def test_deadline_compared(text: str, compared: bool) -> None:
    assert (DEADLINE_COMPARED.search(text) is not None) == compared


@pytest.mark.parametrize(("question", "route"), [
    ("8/20篩檢另一位是4類，期限一樣嗎", "calculator"),
    ("2026-08-20 screened, cat 3 — is the deadline the same?", "calculator"),
    # near miss: no date of one's own — the rule's periods compared
    ("category 0 跟 category 4 的期限一樣嗎", None),
])
def test_deadline_compared_routes(question: str, route: str | None) -> None:
    decision = decide_calculation(Query(question, today=TODAY))
    assert (decision.route if decision is not None else None) == route


# ------------------------------------------------------------------------ 7. scope


@pytest.mark.parametrize(("question", "out"), [
    ("乳房超音波的訓練證書要去哪個學會申請？", True),
    ("breast ultrasound certification course — how many cases are required?", True),
    ("這次年會中午有沒有便當？", True),
    ("研討會附近哪裡好停車？", True),
    # near miss: parking said in passing beside a calculation of ours
    ("我們主任下週要開會（順便問停車位），今年疑似陽性 200 件、完成 150 件，補助 300 萬，扣多少？", False),
    ("where can we park for the TSA annual meeting?", True),
    # near misses: our own rules
    ("指導老師證書要做幾例才能申請？", False),
    ("乳攝車停在衛生所前面，一天最多能拍幾個？", False),
    ("年會去了算幾分？", False),
    ("乳房攝影的40小時訓練要在哪裡上？", False),
])
def test_scope_other_modality_and_logistics(question: str, out: bool) -> None:
    assert (neighbour_kind(Query(question), topic=False) is not None) == out
