"""TSA / TSIR reader classes of the twenty-third round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: like items said in parts join into one (a presentation stays one per meeting), "a single
day" as a meeting's length, a one-character numeral after a Han label in a list and "第十年", a count pointed back at
the kind named before ("兩場這種"), a count split by "one of them / one of which", a year after "both", and "not one of
the …" / "the 5.3 societies" as no count."""

from __future__ import annotations

import pytest


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


def _acts(a, tool="tsa_credit_tally"):
    return _call(a, tool).args["activities"]


# --- 1. like items said in parts join into one, their counts added ----------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("換證積分：國內 e-poster 3 次、國內 oral 2 次，放射線專科教育積分 120，夠嗎", [("oral_or_eposter", 5, "domestic")]),
    ("换证积分：国外口头报告 2 次、国外壁报 2 次，再加教育积分 100，够不够", [("oral_or_eposter", 4, "international")]),
])
def test_like_tsir_items_said_in_parts_join(ask, question, expected):
    acts = _acts(ask(question), "tsir_renewal_check")
    got = [(x["kind"], x["count"], x.get("scope")) for x in acts if x["kind"] == "oral_or_eposter"]
    assert got == expected, acts


@pytest.mark.parametrize("question", [
    "今年專科醫學會年會去了三個：泌尿科（兩天）、整形外科（一天）、神經外科（一天），幾分？",
    "今年去了三个专科医学会年会：泌尿科（一天）、整形外科（两天）、神经外科（一天），能拿几分？",
])
def test_meetings_of_one_length_join_into_one_item(ask, question):
    acts = _acts(ask(question))
    got = sorted((x["days"], x["count"]) for x in acts if x["kind"] == "specialty_annual_meeting")
    assert got == [(1, 2), (2, 1)], acts


def test_presentations_stay_one_item_per_meeting():
    # 5.6's "每人最多 3 篇" is per meeting: each presentation entry is one meeting, never joined; other kinds join
    from bot.reader.items import _join_alike

    items = [{"kind": "presentation", "count": 2, "role": "first"}, {"kind": "presentation", "count": 2, "role": "first"},
             {"kind": "international_meeting", "count": 2}, {"kind": "international_meeting", "count": 3}]
    got = _join_alike(items, [True] * 4, "count", ("presentation",))
    assert got == [{"kind": "presentation", "count": 2, "role": "first"}, {"kind": "presentation", "count": 2, "role": "first"},
                   {"kind": "international_meeting", "count": 5}], got


def test_a_count_written_as_one_keeps_its_own_item():
    from bot.reader.items import _join_alike

    items = [{"kind": "atls", "count": 1}, {"kind": "atls", "count": 1}]
    assert _join_alike(items, [True, True], "count", ()) == items
    assert _join_alike([dict(i) for i in items], [False, False], "count", ()) == [{"kind": "atls", "count": 2}]


# --- 2. "a single day", "single-day": a meeting's length of one day -----------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("went to a single-day specialty society annual meeting in 2026, how many TSA credits?", [(1, 1)]),
    ("2026: 2 specialty society annual meetings — one lasted two days, the other a single day. credits?", [(1, 1), (2, 1)]),
])
def test_a_single_day_is_a_one_day_meeting(ask, question, expected):
    acts = _acts(ask(question))
    got = sorted((x["days"], x["count"]) for x in acts if x["kind"] == "specialty_annual_meeting")
    assert got == expected, acts


# --- 3. a one-character numeral after a Han label in a list ("冷凍 十"), and "第十年" -------------------------------------

@pytest.mark.parametrize(("question", "cases", "years"), [
    ("消融個案：微波 八十、冷凍 十、RFA 九十，專科九年，夠申請指導老師嗎", 180, 9),
    ("血管介入：PTA 六十、TIPS 十，专科十二年，还差几例", 70, 12),
])
def test_a_one_character_numeral_after_a_han_label(ask, question, cases, years):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert c.args["cases_last_6_years"] == cases and c.args["years_as_specialist"] == years, c.args


@pytest.mark.parametrize(("question", "years"), [
    ("我放射專科拿到第九年了，消融做了 200 例，可以申請消融指導老師嗎", 9),
    ("专科第十二年，血管介入 150 例，能申请血管介入指导老师吗", 12),
])
def test_the_nth_year_as_specialist_in_numerals(ask, question, years):
    c = _call(ask(question), "tsir_instructor_eligibility")
    assert c.args["years_as_specialist"] == years, c.args


@pytest.mark.parametrize("text", ["我第二、第三年都在國外醫療團", "第四，第五年都沒有積分"])
def test_ordinals_listed_stay_words(text):
    from bot.parsing.numbers import normalize_numerals

    assert normalize_numerals(text) == text


def test_an_article_number_stays_a_word():
    from bot.parsing.numbers import normalize_numerals

    assert "第十條" in normalize_numerals("依第十條規定，第 五、六款")


# --- 4. a count pointed back at the kind named before ("兩場這種", "3 次這類的") ------------------------------------------

@pytest.mark.parametrize(("question", "kind", "count"), [
    ("國外的醫學會算幾分？我今年出國參加了3場這種", "international_meeting", 3),
    ("月会能算多少学分？我今年去了6次这种的", "tsa_monthly_meeting", 6),
])
def test_a_count_pointed_back_at_the_kind_named_before(ask, question, kind, count):
    acts = _acts(ask(question))
    assert [(x["kind"], x["count"]) for x in acts] == [(kind, count)], acts


# --- 5. a count split by "one of them" / "one of which" said after the noun ---------------------------------------------

@pytest.mark.parametrize("question", [
    "3 posters at this year's TSA annual meeting, first author on all, one of which was a case report. credits for the posters?",
    "This year: 3 oral presentations as first author at the TSA congress, one of them a case report — what do they give?",
])
def test_one_of_them_splits_the_count_said_before(ask, question):
    acts = _acts(ask(question))
    got = sorted((bool(x.get("case_report")), x["count"]) for x in acts if x["kind"] == "presentation")
    assert got == [(False, 2), (True, 1)], acts


# --- 6. a year after "both" / "each" closing its clause ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "year"), [
    ("non-SCI: one paper as first author and one as second author, both 2025. TSA credits?", 2025),
    ("two SCI papers as corresponding author, each 2026. how many surgical CME credits?", 2026),
])
def test_a_year_after_both_is_the_items_year(ask, question, year):
    acts = _acts(ask(question))
    assert acts and all(x.get("year") == year for x in acts), acts


# --- 7. "not one of the …" and "the 5.3 societies": no count ------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "4 TSA monthly meetings in 2026, plus the annual meeting of another surgery-related society, not one of the listed specialty societies. credits?",
    "2026: the annual meeting of a surgery-related society (it is not one of the 5.3 societies) and 2 monthly meetings. total?",
])
def test_not_one_of_the_and_a_clause_number_are_no_count(ask, question):
    acts = _acts(ask(question))
    other = [x for x in acts if x["kind"] == "other_surgical_society_meeting"]
    assert other and all(x["count"] == 1 for x in other), acts
    assert all(isinstance(x.get("count", 1), int) for x in acts), acts


# --- 8. a meeting named before "我 <adverb> 貼了 N 張": the place of the posters, no meeting attended N times ----------

@pytest.mark.parametrize("question", [
    "年會我這次貼了三張壁報，都是一作，發表的部分算幾分？",
    "年会我一口气投了3篇poster，都是第一作者，发表能算多少？",
])
def test_a_meeting_before_an_adverb_and_the_posters_is_their_place(ask, question):
    acts = _acts(ask(question))
    assert [(x["kind"], x["count"]) for x in acts] == [("presentation", 3)], acts


def test_a_classifier_written_after_the_number_counts_the_next_kind():
    import datetime

    from bot.parsing.text import Query
    from bot.reader import read
    from calculators.vocab_tsa import TALLY

    e = read(Query("月會去了兩次，年會我很快貼了三張壁報，都是一作", datetime.date(2026, 11, 25)), TALLY)
    acts = {x["kind"]: x["count"] for x in e.args["activities"]}
    assert acts.get("presentation") == 3 and acts.get("tsa_annual_meeting", 1) != 3, acts
