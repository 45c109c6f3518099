"""Classes of the ninth round where the coverage ledger refused to compute on numbers an ordinary reader binds at once —
each tested with wording of its own (zh-TW, zh-CN, en), never the bank's sentence: a year heading the figures after it
("2021 150", "2025 credits:", "；2026 月會…"), a head count of staff before a total said with a verb, a year word between a
label and its figure ("volume this year is 14,000"), a count gone through one by one with one more added after it, the
person's own guess of the grades, a breakdown in brackets of a figure already counted (was added twice: a wrong figure),
and how many figures a map of scores holds. Each class keeps its guard: a number that is really unexplained still asks."""

from __future__ import annotations

import pytest

from bot.ledger import account, mentions
from bot.parsing.dates import find_years
from bot.parsing.text import Query
from bot.reader.mentions import numbers, year_label
from tests.bot.conftest import TODAY, ask_and_reply as _ask


def _args(a):
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    return a.tool_calls[0].args


# --- 1. a year heading the figures after it ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "credits"), [
    ("renewal check: 2020 120, 2021 95, 2022 110, 2023 0, 2024 130, 2025 150 — enough?", [120, 95, 110, 0, 130, 150]),
    ("my yearly credits 2021 — 100, 2022 — 90, 2023 — 105, 2024 — 100, 2025 — 80, 2026 — 95. can I renew?",
     [100, 90, 105, 100, 80, 95]),
    ("六年積分 2021 100、2022 80、2023 120、2024 90、2025 110、2026 100，可以展延嗎", [100, 80, 120, 90, 110, 100]),
    ("近六年学分 2020 130，2021 70，2022 100，2023 110，2024 90，2025 100，够换证吗", [130, 70, 100, 110, 90, 100]),
    ("Credits by year (2021 150, 2022 130, 2023 90, 2024 100, 2025 80, 2026 60): renewal ok?", [150, 130, 90, 100, 80, 60]),
])
def test_a_year_before_each_figure_of_a_yearly_list_labels_it(engine, question, credits):
    a = _ask(engine, question)
    assert _args(a) == {"yearly_credits": credits}
    assert all("year the figures are for" in u or "數字所屬的年度" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "year"), [
    ("2025 credits: 4 monthly meetings and 1 annual meeting. total?", 2025),
    ("2024 points: two TSA monthly meetings, one annual meeting — how many?", 2024),
    ("2025積分：月會 3 次、年會 1 次，幾分？", 2025),
    ("2024 学分：年会 1 次，月会 2 次，一共多少分", 2024),
    ("2025 CME credits — 5 monthly meetings; how much?", 2025),
])
def test_a_year_heading_credits_dates_the_items(engine, question, year):
    args = _args(_ask(engine, question))
    assert {item["year"] for item in args["activities"]} == {year}


@pytest.mark.parametrize(("question", "years"), [
    ("幫我算：2025 年會一次、月會三次；2026 月會四次。分年列", {"tsa_annual_meeting": {2025}, "tsa_monthly_meeting": {2025, 2026}}),
    ("2024 月會兩次；2025 年會一次，各年幾分", {"tsa_monthly_meeting": {2024}, "tsa_annual_meeting": {2025}}),
    ("请帮我算：2025 月会五次；2026 年会一次", {"tsa_monthly_meeting": {2025}, "tsa_annual_meeting": {2026}}),
])
def test_a_year_opening_a_clause_dates_what_is_done_in_it(engine, question, years):
    args = _args(_ask(engine, question))
    got: dict[str, set[int]] = {}
    for item in args["activities"]:
        got.setdefault(item["kind"], set()).add(item["year"])
    assert got == years


@pytest.mark.parametrize(("text", "label"), [
    ("2021 150, 2022 200", True), ("2025 credits: 3 meetings", True), ("2023: 0", True), ("2024 — 90", True),
    ("total 2025 points", False), ("I did 2000 screenings", False), ("= 2025", False), ("2025 credits in all", False),
])
def test_a_year_label_is_told_from_a_figure(text, label):
    q = [n for n in numbers(Query(text, TODAY)) if n.value in (2021.0, 2025.0, 2023.0, 2024.0, 2000.0)][0]
    assert (q.unit == "calendar_year") is label
    raw = text.find(str(int(q.value)))
    assert year_label(text, raw, raw + 4, q.value) is label


def test_a_year_opening_a_clause_is_a_year_but_a_figure_with_its_unit_is_not():
    assert [y.year for y in find_years("；2026 月會五次", TODAY)] == [2026]
    assert find_years("；2000 例", TODAY) == []
    assert find_years("，1500 案", TODAY) == []
    assert find_years("，2050 張單", TODAY) == []  # a count of films, said with a unit of its own
    assert find_years("；2100 人次", TODAY) == []


def test_a_year_label_in_a_calculation_that_takes_no_year_is_shown_as_not_used():
    ledger = account("2021 150, 2022 200, 2023 0, 2024 180, 2025 160, 2026 90", TODAY,
                     [{"yearly_credits": [150, 200, 0, 180, 160, 90]}])
    assert ledger.complete
    assert [why for _, why in ledger.unused] == ["year_of_figures"] * 6


def test_a_figure_the_year_list_does_not_explain_still_asks():
    # a seventh figure with no year and no place in a six-year list: never dropped silently
    ledger = account("2021 150, 2022 200, 2023 0, 2024 180, 2025 160, 2026 90, plus 75", TODAY,
                     [{"yearly_credits": [150, 200, 0, 180, 160, 90]}])
    assert [m.values[0] for m in ledger.unaccounted] == [75.0]


# --- 2. a head count of staff, then the total said with a verb; a year word between a label and its figure -----------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("Volume check: 2 qualified RTs, 365 and 300 days. We did 12,800 mammo screenings. Over?", [365, 300], 12800),
    ("Annual review - 3 registered techs, work days 365, 240 and 200; we performed 15,000 screenings. excess?",
     [365, 240, 200], 15000),
    ("Our screening volume last year was 11,500; 2 RTs worked 365 and 250 days. any excess?", [365, 250], 11500),
    ("我們醫院乳攝篩檢量今年是 12,500 案，2 位放射師都做滿 365 天，有超量嗎", [365, 365], 12500),
    ("医院今年的筛检量是 9,600 例，两位放射师各工作 300 天，会超量吗", [300, 300], 9600),
])
def test_the_total_is_the_figure_said_with_a_verb_not_the_head_count(engine, question, days, screenings):
    assert _args(_ask(engine, question)) == {"radiographer_work_days": days, "annual_screenings": screenings}


def test_a_volume_with_a_year_word_and_no_staff_asks_for_the_staff_only(engine):
    a = _ask(engine, "This year our mammo screening volume is 13,200 — are we over the reasonable volume?")
    assert a.route == "clarify"
    assert a.pending_call is not None and a.pending_call.args.get("annual_screenings") == 13200
    assert [m.split(":")[0] for m in a.missing] == ["radiographer_work_days"]


# --- 3. a count gone through one by one, then one more added ---------------------------------------------------------

@pytest.mark.parametrize(("question", "items"), [
    ("今年發表兩篇SCI，一篇第一作者、一篇通訊作者，另外還有一篇是第二作者，論文幾分？", 3),
    ("今年两场国内研讨会，一场 2 小时、一场 3 小时，还有一场 1 小时的，几分？", 3),
    ("I published two SCI papers this year, one as first author and one as corresponding, plus one non-SCI paper "
     "as second author. credits?", 3),
    ("兩次國際會議，一次在東京、一次在巴塞隆納，另外還有一次國內研討會 3 小時，共幾分", 3),
    ("院外研討會兩場，一場 1.5 小時、一場 3 小時，另有一場 2 小時，可以認幾分？", 3),
])
def test_a_count_gone_through_one_by_one_with_one_more_added_reads(engine, question, items):
    args = _args(_ask(engine, question))
    assert sum(item.get("count", 1) for item in args["activities"]) == items


def test_a_count_with_an_added_one_asks_when_the_items_are_fewer():
    # the reader made two items where the words make three: the count is not taken as explained
    text = Query("今年發了兩篇SCI，一篇一作、一篇通訊，另外還有一篇是二作", TODAY).text  # the numerals as the engine reads them
    calls = [{"activities": [{"kind": "paper_sci", "count": 1, "role": "first", "year": 2026},
                             {"kind": "paper_sci", "count": 1, "role": "corresponding", "year": 2026}]}]
    ledger = account(text, TODAY, calls)
    assert not ledger.complete
    assert ["另外還有1篇"] == [m.words for m in ledger.unaccounted]


# --- 4. the person's own guess of the grades -------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "self-selected: dense 352, non-dense 338 — so one B one C?? which counts",
    "my self-selected sets came back dense 361 and non-dense 345, I guess 1 A and 1 B?",
    "自選片 緻密 355、非緻密 362，所以 1 個 A 1 個 B？看哪個",
    "自选片 致密 331、非致密 344，应该是 1 个 C 1 个 B 吧？",
    "self selected dense 326 / non-dense 341 — that's one C and one B, right?",
])
def test_the_persons_guess_of_the_grades_is_set_beside_the_result(engine, question):
    a = _ask(engine, question)
    args = _args(a)
    assert args["kind"] == "self_selected"
    assert any(r.fact.startswith("your own guess of the grades") for r in a.reading)


def test_a_bare_figure_after_the_scores_still_asks():
    text = "self-selected: dense 339, non dense 340. so 7??"
    calls = [{"subject": "radiographer", "kind": "self_selected", "scores": {"dense": 339, "non_dense": 340}}]
    ledger = account(text, TODAY, calls, results=[{"score_used": 339, "grade": "C"}])
    assert [m.values[0] for m in ledger.unaccounted] == [7.0]


# --- 5. a breakdown in brackets of a figure already counted (added twice before: a wrong figure) ---------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("Non-vascular stents: 150 in 6 years (biliary 110, ureteral 40), specialist 10 years. eligible?", 150),
    ("Ablation: 180 cases over the last 6 yrs (RFA 120, MWA 60); specialist 12 years. eligible?", 180),
    ("非血管支架 6 年內共 150 例（膽道 110、泌尿道 40），專科 10 年，可以申請指導老師嗎", 150),
    ("消融 6 年做了 200 例 (RFA 150、MWA 50)，專科 9 年，夠嗎", 200),
    ("非血管支架六年 120 例（胆道 90、泌尿道 30），专科 8 年，能申请吗", 120),
])
def test_a_breakdown_in_brackets_is_no_second_count(engine, question, cases):
    assert _args(_ask(engine, question))["cases_last_6_years"] == cases


# --- 6. how many figures a map of scores holds ------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "size"), [
    ("2 self-selected sets, non-dense 352 and dense 347 — grade?", 2),
    ("自選片兩組：非緻密 352、緻密 347，評等？", 2),
    ("自选片两组 非致密 361 致密 355，评级？", 2),
    ("QC 三項：劑量 88、假體 84、壓迫 90，等級？", 3),
    ("field test, 3 items so far: dose 88, phantom 91, compression 87 — grades?", 3),
])
def test_how_many_figures_a_map_holds_is_read(engine, question, size):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert any(r.fact == "scores (how many)" and r.value == size for r in a.reading)


def test_a_count_that_is_not_the_maps_size_still_asks():
    text = "4 self-selected sets, non-dense 352 and dense 347 — grade?"
    calls = [{"subject": "radiographer", "kind": "self_selected", "scores": {"non_dense": 352, "dense": 347}}]
    ledger = account(text, TODAY, calls)
    assert [m.values[0] for m in ledger.unaccounted] == [4.0]


def test_the_ledger_reads_a_year_heading_as_a_year():
    said = mentions("(a) 2025 credits: 3 monthly meetings", TODAY)
    assert [(m.unit, m.values[0]) for m in said][0] == ("year", 2025.0)


# --- 7. two figures of one key joined by a slash, then the next key (a CW before: the second went to the next key) ----

@pytest.mark.parametrize(("question", "scores"), [
    ("院內兩位技術師 非緻密 345/352 緻密 338/330 → 醫院自選片幾等?", {"non_dense": [345, 352], "dense": [338, 330]}),
    ("两位技术员 非致密 345/352 致密 338/330，医院自选片几等？", {"non_dense": [345, 352], "dense": [338, 330]}),
    ("facility self-selected, two RTs: non-dense 352/347, dense 361/344 — grade?", {"non_dense": [352, 347], "dense": [361, 344]}),
    ("our facility's self-selected sets, 2 techs — dense 340/333 non-dense 356/349. grade?",
     {"dense": [340, 333], "non_dense": [356, 349]}),
    ("醫院自選片，兩位放射師：緻密 362/355，非緻密 348/351，幾等", {"dense": [362, 355], "non_dense": [348, 351]}),
])
def test_figures_joined_by_a_slash_stay_with_their_key(engine, question, scores):
    args = _args(_ask(engine, question))
    assert args["subject"] == "facility"
    assert args["scores"] == scores


def test_keys_said_once_then_pairs_still_go_key_by_key(engine):
    args = _args(_ask(engine, "小林 非緻密350/緻密366，阿芳 372/358，醫院自選片幾等"))
    assert args["scores"] == {"non_dense": [350, 372], "dense": [366, 358]}


# --- 8. the person's subtotal after an item with a bracket of its own -------------------------------------------------

@pytest.mark.parametrize("question", [
    "TSIR 換證積分：SCI full 1 篇（第一作者）= 40，國外會議 3 次 = 45，共 85，還差多少",
    "TSIR renewal tally: 1 SCI full (1st author) = 40, 3 overseas meetings = 45. how far from 200?",
    "TSIR 换证积分：SCI full 2 篇（第一作者）= 80，国外会议 2 次 = 30，还差多少",
    "TSIR renewal: 2 SCI full articles (1st author) = 80 plus 4 overseas meetings = 60 — short?",
    "TSIR 指導老師換證：SCI full 1 篇 (通訊作者) = 40、國外會議 1 次 = 15，還要多少分",
])
def test_a_subtotal_after_a_bracket_with_a_figure_is_checked(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert any(r.fact == "your subtotal, checked" and r.value in (40.0, 80.0) for r in a.reading), \
        [(r.fact, r.value) for r in a.reading]


def test_a_subtotal_that_disagrees_with_the_rule_still_asks(engine):
    a = _ask(engine, "TSIR renewal tally: 2 SCI full (1st author) = 80, 5 overseas mtgs = 75, 2 local orals = 40 → 195. close?")
    assert a.route == "clarify"
    assert any("40" in m for m in a.missing)


# --- 9. the outcome a question asks about ("會不會變 0 分", "will I end up at 0"), a yes-no question without a mark -----

@pytest.mark.parametrize("question", [
    "今年月會去了 3 次，會不會變 0 分",
    "今年月会去了 3 次，会不会变成 0 分？",
    "this year just 1 monthly meeting — will I end up at 0 credits?",
    "今年月會 4 次，有沒有破 100",
    "2 monthly meetings this year; will it become 0 points?",
])
def test_the_outcome_a_question_asks_about_is_no_input(engine, question):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert any("mark you ask" in u or "您問結果是否達到" in u for u in a.unused), a.unused
