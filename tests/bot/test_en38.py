"""Round 38 (en38): figures said once for several people, for several pairs, for a year or for a run — and lengths in words.

- "N people … X each / both … X / all of them … the whole year": every one of the N gets the value, also when "both" /
  "all" / 都 is said a few words before the value word ("2 radiographers, both on staff for the whole year") or a clause
  before "X each" ("both on the roster, 300 days each", "兩位都有排班，各 300 天").
- A pair of scores said once with its keys ("non-dense 355 / dense 362", "非緻密 355、緻密 362"), then bare pairs in the same
  shape for the next people after a full stop or a semicolon: the bare pairs take those keys in order. Pairs said in another
  order stay a question.
- A year opening a clause after a colon, comma or dash, then its subject ("Split by year pls: 2025 I did …", "by year —
  2024 I went …"): the year of what follows until the next year.
- A count in brackets restating the run named just before it ("DDW, SAGES and one in Korea (3 overseas meetings)",
  "ACS、ESSO、日本一場（共3場國際會議）"): a check — read where it adds up, asked where it does not.
- The overseas medical mission named with a possessive ("with the government's medical mission", "Taiwan's medical mission
  team") and its length in words ("a year and a half", 一年半): overseas_mission_months.
- English lengths in words ("an hour and a half", "half an hour", "two and a half hours", "hour-long") are read; "what's that
  worth?" of ONE thing of one's own just done (a recent period said: "last week"), its length said, is answered by the
  rule (5.5's figure); two of them, one said with no time (test_rulesroute35), or a year's credits asked stay a calculation.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:200])
    return calls[0]


# (question, the work days read, or None where the days are asked)
EACH = [
    ("2 radiographers, both on staff for the whole year. We did 14,000 screening mammograms this year. excess?", [365, 365]),
    ("3 radiographers, all of them on duty all year. We did 19,000 screening mammograms this year. excess?", [365, 365, 365]),
    ("2 radiographers both on the roster, 300 days each. 14000 screenings this year. excess?", [300, 300]),
    ("Both of our radiographers were on the roster, 300 days apiece. 14000 screenings this year. excess?", [300, 300]),
    ("兩位放射師都有排班，各 300 天，今年篩檢 14000 案，超過多少？", [300, 300]),
    ("兩位放射師都在班上一整年（含假日），今年篩檢 14000 案，超過多少？", [365, 365]),
    ("两位放射师都有排班，各 300 天，今年筛检 14000 案，超过多少？", [300, 300]),
    ("三个放射师都是上班一整年，今年筛检 19000 案，超过多少？", [365, 365, 365]),
    # near misses: the word said of one of them is hers alone; each one's own days stay each one's
    ("2 radiographers, one on staff for the whole year. We did 14,000 screening mammograms this year. excess?", None),
    ("2 radiographers, both on the roster; one all year, the other 200 days. 14000 screenings this year. excess?", [365, 200]),
    ("兩位放射師都是兼職，一位 200 天、一位 150 天，今年篩檢 6000 案，超過嗎？", [200, 150]),
]


@pytest.mark.parametrize(("question", "days"), EACH)
def test_a_value_said_of_all_of_them_is_each_ones(ask, question: str, days: list | None) -> None:
    a = ask(question)
    if days is None:
        assert a.route == "clarify" and any("radiographer_work_days" in m for m in a.missing), (a.route, a.missing)
        return
    call = _call(a, "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == days


# (question, the non-dense sets, the dense sets, grade; None where the pairs are asked about)
PAIRS = [
    ("Hospital self-selected: Lee non-dense 350 / dense 344. Wu: 361 / 352. Lin: 347 / 358. facility grade?",
     [350, 361, 347], [344, 352, 358], "B"),
    ("Hospital self-selected: Amy non-dense 355 and dense 362; Ben 368 and 341; Cindy 349 and 338. facility grade?",
     [355, 368, 349], [362, 341, 338], "A"),
    ("Hospital self-selected: Amy non-dense 355, dense 362; Ben 368 / 341; Cindy 349 / 338. facility grade?",
     [355, 368, 349], [362, 341, 338], "A"),
    ("本院自選片評估：小林 非緻密 355、緻密 362；小王 368/341；小陳 349/338。機構等級？", [355, 368, 349], [362, 341, 338], "A"),
    ("本院自選片評估：小林 非緻密355/緻密362。小王 368/341。小陳 349/338。醫院評等是？", [355, 368, 349], [362, 341, 338], "A"),
    ("本院自选片评估：小林 非致密 355、致密 362；小王 368/341；小陈 349/338。机构等级？", [355, 368, 349], [362, 341, 338], "A"),
    # near misses: keyed pairs said in two orders give no order to follow — the bare pair is asked about
    ("本院自選片評估：小林 非緻密 355、緻密 362；小王 緻密368/非緻密341；小陳 349/338。機構等級？", None, None, None),
    # … and each pair said with its own keys stays as said
    ("醫院自選片：A 非緻密355/緻密341，B 非緻密368/緻密352，C 349/338。醫院評幾等", [355, 368, 349], [341, 352, 338], None),
]


@pytest.mark.parametrize(("question", "non_dense", "dense", "grade"), PAIRS)
def test_bare_pairs_take_the_keys_said_once(ask, question: str, non_dense: list | None, dense: list | None,
                                            grade: str | None) -> None:
    a = ask(question)
    if non_dense is None:
        assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
        return
    call = _call(a, "hpa_image_grade")
    assert call.args["scores"] == {"non_dense": non_dense, "dense": dense}
    if grade is not None:
        assert call.result["grade"] == grade


# (question, the items read (kind, count, year), credits by year)
YEARS = [
    ("By year please — 2024 I went to 4 monthly meetings, 2025 I went to the annual meeting and 2 monthlies. credits each year?",
     [("tsa_monthly_meeting", 4, 2024), ("tsa_annual_meeting", 1, 2025), ("tsa_monthly_meeting", 2, 2025)], {"2024": 80, "2025": 100}),
    ("Credits per year? Here goes, 2025 we had 5 monthly meetings; 2026 so far 2 monthly meetings and the annual meeting.",
     [("tsa_monthly_meeting", 5, 2025), ("tsa_monthly_meeting", 2, 2026), ("tsa_annual_meeting", 1, 2026)], {"2025": 100, "2026": 100}),
    ("Breakdown by year: 2024 I gave 1 talk at the monthly meeting and attended 3 monthly meetings. 2025 I attended the annual meeting. each year?",
     [("tsa_monthly_speaker", 1, 2024), ("tsa_monthly_meeting", 3, 2024), ("tsa_annual_meeting", 1, 2025)], {"2024": 80, "2025": 60}),
    ("分年算：2025我去了年會一次、月會3次；2026到現在月會6次，各年幾分？",
     [("tsa_annual_meeting", 1, 2025), ("tsa_monthly_meeting", 3, 2025), ("tsa_monthly_meeting", 6, 2026)], {"2025": 120, "2026": 120}),
    ("按年分：2025 我去年会一次、月会3次，2026 目前月会6次，每年几分？",
     [("tsa_annual_meeting", 1, 2025), ("tsa_monthly_meeting", 3, 2025), ("tsa_monthly_meeting", 6, 2026)], {"2025": 120, "2026": 120}),
    # near miss: the years said after the items are theirs as before
    ("Totals by year: 3 monthly meetings in 2025 and the annual meeting in 2026. each year?",
     [("tsa_monthly_meeting", 3, 2025), ("tsa_annual_meeting", 1, 2026)], {"2025": 60, "2026": 60}),
]


@pytest.mark.parametrize(("question", "items", "by_year"), YEARS)
def test_a_year_opening_a_clause_dates_what_follows(ask, question: str, items: list, by_year: dict) -> None:
    call = _call(ask(question), "tsa_credit_tally")
    assert [(x["kind"], x["count"], x.get("year")) for x in call.args["activities"]] == items
    assert call.result["by_year"] == by_year


# (question, the international meetings counted, or None where the count is asked about; the other items read)
RESTATED = [
    ("2026: went to DDW, SAGES and one more in Korea (3 overseas meetings in all) plus 4 monthly meetings. total?", 3,
     [("tsa_monthly_meeting", 4)]),
    ("2026: went to DDW, SAGES and one in Korea (3 overseas meetings), plus 4 monthly meetings. total?", 3, [("tsa_monthly_meeting", 4)]),
    ("2026: went to DDW, SAGES and 2 in Korea (4 overseas meetings) plus 4 monthly meetings. total?", 4, [("tsa_monthly_meeting", 4)]),
    ("今年去了 ACS、ESSO、日本一場（共3場國際會議），月會2次，積分多少？", 3, [("tsa_monthly_meeting", 2)]),
    ("今年去了DDW、ASCRS、韩国一场（共3场国外会议），月会2次，积分多少？", 3, [("tsa_monthly_meeting", 2)]),
    # names alone, the bracket agreeing: read as before
    ("This year I went to ACS Clinical Congress, ESSO and DDW (3 international mtgs), plus 2 monthly meetings. credits?", 3,
     [("tsa_monthly_meeting", 2)]),
    ("This year I went to ACS Clinical Congress and ESSO (2 international meetings). credits?", 2, []),
    # near misses: a bracket that does not add up to the run named before it is asked about, never taken
    ("2026: went to DDW, SAGES and one in Korea (4 overseas meetings), plus 4 monthly meetings. total?", None, []),
    ("This year I went to ACS Clinical Congress and ESSO (3 international meetings). credits?", None, []),
]


@pytest.mark.parametrize(("question", "international", "others"), RESTATED)
def test_a_bracketed_count_restating_the_run_is_a_check(ask, question: str, international: int | None, others: list) -> None:
    a = ask(question)
    if international is None:
        assert a.route == "clarify" and not a.tool_calls, (a.route, a.tool_calls)
        return
    call = _call(a, "tsa_credit_tally")
    got = [(x["kind"], x["count"]) for x in call.args["activities"]]
    assert got == [("international_meeting", international), *others]


# (question, months on the mission, or None where they are asked)
MISSION = [
    ("I was posted abroad with Taiwan's medical mission team for a year and a half. Credits by year: 60, 40, 30, 100, 120, 110. can I renew?", 18),
    ("Did 2 years on MOFA's medical mission in Haiti. my six years: 60, 40, 30, 100, 120, 110. renew ok?", 24),
    ("我參加政府的駐外醫療團待了一年半，六年積分 60、40、30、100、120、110，可以展延嗎？", 18),
    ("我参加驻外医疗团一年半，六年积分 60、40、30、100、120、110，能展延吗？", 18),
    # near miss: a mission named with no length — its length is asked, never 0
    ("I went with the government's medical mission to Haiti. Yearly credits 60, 40, 30, 100, 120, 110. renew?", None),
]


@pytest.mark.parametrize(("question", "months"), MISSION)
def test_the_mission_and_its_length_are_read(ask, question: str, months: int | None) -> None:
    a = ask(question)
    if months is None:
        assert a.route == "clarify" and any("overseas_mission_months" in m for m in a.missing), (a.route, a.missing)
        return
    assert _call(a, "tsa_renewal_check").args["overseas_mission_months"] == months


@pytest.mark.parametrize(("text", "folded"), [
    ("wrapped up in about an hour and a half.", "wrapped up in about 1.5 hours."),
    ("posted abroad for a year and a half.", "posted abroad for 1.5 years."),
    ("a seminar of half an hour", "a seminar of 0.5 hours"),
    ("two and a half hours", "2.5 hours"),
    ("an hour-long seminar", "1-hour seminar"),
    ("a day-long course", "1-day course"),
    # near misses: a half of something else, a whole hour said as such
    ("the first half of the year", "the first half of the year"),
    ("one hour", "1 hour"),
])
def test_lengths_in_english_words_are_figures(text: str, folded: str) -> None:
    from bot.parsing.numbers import normalize_numerals

    assert normalize_numerals(text) == folded


# (question, route, the figure the first line gives or the calculation's total)
WORTH = [
    ("Went to a surgical seminar last month, 90 minutes or so. what's it worth?", "retrieval", "5"),
    ("There was an hour-long surgery seminar in our hospital last week. what's that worth?", "retrieval", "5"),
    ("Went to a surgical seminar last week that ran two and a half hours. What's that worth?", "retrieval", "10"),
    # a thing described, no one's own, its amount asked: the rule's figure, now that its length in words is a figure
    ("a local surgical seminar at another hospital, half an hour long. how many points is that worth?", "retrieval", "5"),
    # near misses: two of them, one said with no time, or one's credits asked for a year, are computed; no length said,
    # the length is asked
    ("Went to 2 surgical seminars last week, each an hour and a half. What's that worth?", "calculator", 10),
    ("Went to a surgical seminar of an hour and a half, what's that worth?", "calculator", 5),
    ("This year I went to a surgical seminar, about an hour and a half. How many credits did I get?", "calculator", 5),
    ("Went to a domestic surgical symposium at another hospital last month. How many TSA points is that worth?", "clarify", None),
]


@pytest.mark.parametrize(("question", "route", "figure"), WORTH)
def test_what_one_thing_of_ones_own_is_worth(ask, question: str, route: str, figure) -> None:
    a = ask(question)
    assert a.route == route, (a.route, a.missing, a.answer[:200])
    if route == "retrieval":
        first = a.answer.split("\n")[0]
        assert figure in first and "tsa-cme/5.5" in first, first
        assert a.citations[0].id == "tsa-cme/5.5"
    elif route == "calculator":
        assert _call(a, "tsa_credit_tally").result["total"] == figure
    else:
        assert any("hours" in m for m in a.missing), a.missing
