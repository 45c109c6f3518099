"""Round 42 (en42): English calculator questions where a number or a fact was left unread, so the bot asked back instead of
computing, or where a preamble about the person was read as an activity. Each class with phrasings of its own and the near
misses that must not change:

1. A subsidy amount said with a verb of receiving and the money's noun after it ("got NT$2,000,000 in screening subsidy",
   "received NT$1,500,000 in screening subsidy", "was paid NT$ 3,200,000 in mammography screening subsidies", "was given
   NT$800,000 of screening subsidy"): the annual subsidy. A currency before the figure, or a noun that only modifies the money
   noun ("screening subsidy"), is no count of screenings (bot/ledger.py); the subsidy noun with what it is for before it is
   the subsidy's word (calculators/vocab_hpa.py).
2. The validity period restated beside one figure for every year ("90 credits every single year of the 6", "100 credits in
   each of the six years", "110 credits a year, every year of the six"): the six-year list; the "6" is the years, no unread
   figure.
3. A bound said of the other QC items ("every other item was 85 or above", "each other item 85 or more", "the remaining items
   were all 86 or higher"): the others passed — no figure; the reply on the human factor then completes the question back.
4. The year the specialist's years began, with no length said ("Specialist since 2006", "board certified in 2010", "got my
   boards in 2011", "2012 年拿到放射專科"), in a question or a reply: this year minus it, said so; where that range straddles
   the 8-year line ("since 2018") the years are asked. "boarded 2014, so about 12 years" reads the 12.
5. Self-selected sets listed per radiographer by breast type, with who submitted them in brackets between the type and its
   figures ("dense sets (only two techs submitted) 338 and 362"): the facility's pooled lists.
6. A persona preamble ("Trained overseas, still learning the system", "overseas-trained surgeon here", "did my residency
   abroad and I'm new to the credits"): no activity — no training stay asked, no international meeting counted. A stay abroad
   said with its length, or in the period ("I trained overseas this year"), stays an activity. Also: "a meeting over 2 days"
   is how long it ran, no bound.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


def _items(call) -> list[tuple]:
    return sorted((it["kind"], it.get("count", 1), it.get("months"), it.get("days"), it.get("hours"))
                  for it in call.args["activities"])


# ----------------------------------------------------------------------------------- 1. the subsidy, whatever the verb

SUBSIDY = [
    ("Our follow-up completion was 68% last year and we received NT$1,500,000 in screening subsidy from the HPA. "
     "How much is deducted?", 68, 1500000, 150000),
    ("Follow-up completion 72%; the hospital was paid NT$ 3,200,000 in mammography screening subsidies. Deduction amount?",
     72, 3200000, 160000),
    ("The clinic was given NT$800,000 of screening subsidy; follow-up completion came to 64%. What's the deduction?",
     64, 800000, 120000),
    ("Completion 59.5% and got 2,000,000 in screening subsidy. Deduction amount?", 59.5, 2000000, 400000),
    ("completion rate 55%, we got 120萬 screening subsidy this year, how much gets cut?", 55, 1200000, 240000),
    # near miss: the subsidy named right before its figure, as before
    ("Completion 59.5% in 2025; subsidy NT$2,000,000. Deduction %, and amount?", 59.5, 2000000, 400000),
]


@pytest.mark.parametrize("question,rate,subsidy,amount", SUBSIDY)
def test_a_subsidy_received_is_the_annual_subsidy(engine, question, rate, subsidy, amount):
    call = _call(ask_and_reply(engine, question), "hpa_followup_deduction")
    assert call.args.get("completion_rate_pct") == rate and call.args.get("annual_subsidy") == subsidy, call.args
    assert call.result["deduction_amount"] == amount


def test_screenings_counted_stay_a_count_not_money(engine):
    """Near miss: "2,000 screenings" is a count of screenings, never a subsidy."""
    a = ask_and_reply(engine, "Completion 59.5% and 2,000 screenings this year. Deduction amount?")
    assert not any(c.name == "hpa_followup_deduction" and c.args.get("annual_subsidy") for c in a.tool_calls)


# ------------------------------------------------------------------------ 2. the validity period restated, one figure a year

EVERY_YEAR = [
    ("Spent 12 months with the govt medical mission in Malawi. Got 95 credits every single year of the 6. Enough to renew my "
     "surgery specialist cert?", [95] * 6, 12, True),
    ("I got 100 credits in each of the six years. Enough to renew?", [100] * 6, None, True),
    ("Made 110 credits a year, every year of the six. Renew my surgical cert?", [110] * 6, None, True),
    ("Earned 95 points each year for all 6 years, can I renew my surgery specialist certificate?", [95] * 6, None, False),
    # near misses: one year named apart, and the Chinese "every year"
    ("Got 90 credits every year except year 3 when I got 40. Renew?", [90, 90, 40, 90, 90, 90], None, False),
    ("六年每年都拿 90 分，可以換證嗎？", [90] * 6, None, False),
]


@pytest.mark.parametrize("question,credits,mission,eligible", EVERY_YEAR)
def test_the_period_restated_beside_one_figure_a_year_is_the_six_year_list(engine, question, credits, mission, eligible):
    call = _call(ask_and_reply(engine, question), "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits and call.args.get("overseas_mission_months") == mission, call.args
    assert call.result["eligible"] is eligible


def test_five_of_the_six_years_stays_asked(engine):
    """Near miss: a figure for five of the six years and "0 in the other" is no list of six said at once — asked, as before."""
    a = ask_and_reply(engine, "Got 90 credits in 5 of the 6 years and 0 in the other. Renew?")
    assert a.route == "clarify"


# ----------------------------------------------------------------------------- 3. a bound said of the other QC items

OTHERS_PASSED = [
    ("QC field test on our mammo unit: phantom image scored 74, every other item was 85 or above. Do our physician and "
     "radiographer have to go to the QC seminar?", "yes, the reviewer said positioning error by our tech", "C"),
    ("Field test results: phantom image 71, the remaining items were all 86 or higher. QC seminar for our doctor?",
     "operator error", "C"),
    ("QC field test on unit 2: compression 76, each other item 85 or more. Do we have to go to the QC seminar?",
     "yes, human error in the setup", "C"),
    ("QC field test: compression scored 72 and all the rest passed. Do we need the QC meeting?",
     "it was a human error by the operator", "C"),
    ("Phantom 78, everything else 90+. QC seminar needed?", "yes, our tech set it up wrong", "B"),
]


@pytest.mark.parametrize("question,reply,worst", OTHERS_PASSED)
def test_the_other_items_said_to_pass_leave_only_the_cause_asked(engine, question, reply, worst):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any("human" in m for m in first.missing), (first.route, first.missing)
    call = _call(second, "hpa_qc_grade")
    assert call.result["worst"] == worst and call.args.get("human_factor") is True, call.args
    assert len(call.args["scores"]) == 1, call.args


def test_other_items_bounded_inside_a_band_are_still_asked(engine):
    """Near miss: "every other item was 80 or above" allows a B (77-84): each item is asked, never read as passing."""
    a = ask_and_reply(engine, "QC field test: phantom 74, every other item was 80 or above. QC seminar?")
    assert a.route == "clarify" and any(m.startswith("compression") for m in a.missing), a.missing


# ---------------------------------------------------------------------- 4. the year the specialist's years began

SINCE = [
    ("Vascular intervention (last 6y): peripheral PTA 45 / dialysis access 40 / TIPS 8. Specialist since 2006. How many short?",
     "vascular_intervention", 20, False),
    ("200 RFA in the last 6 years, radiology board certified in 2010. Ablation instructor eligible?", "ablation", 16, True),
    ("Got my radiology boards in 2012; 120 tumor embolizations last 6 years. Can I be a tumour embolization instructor?",
     "tumor_embolization", 14, False),
    ("Radiology specialist since 2019, 190 ablations in 6 yrs. ablation instructor?", "ablation", 7, False),
    ("消融 RFA 150、MWA 40，2012 年拿到放射專科，可以申請指導老師嗎？", "ablation", 14, True),
    ("放射专科证书是 2010 年拿的，血管介入 90 例，还差几例？", "vascular_intervention", 16, False),
    # near miss: the years said, as before
    ("200 RFA in the last 6 years, radiology specialist for 9 years. Ablation instructor eligible?", "ablation", 9, True),
]


@pytest.mark.parametrize("question,domain,years,eligible", SINCE)
def test_the_year_the_specialist_began_gives_the_years(engine, question, domain, years, eligible):
    a = ask_and_reply(engine, question)
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["domain"] == domain and call.args["years_as_specialist"] == years, call.args
    assert call.result["eligible"] is eligible
    if "for 9 years" not in question:
        assert any(str(years) in x for x in a.assumptions), a.assumptions


SINCE_REPLY = [
    ("boarded 2014, so about 12 years", 12),
    ("board certified in 2010", 16),
    ("specialist since 2016", 10),
    ("got my boards in 2011", 15),
]


@pytest.mark.parametrize("reply,years", SINCE_REPLY)
def test_a_reply_naming_the_year_boarded_completes_the_question(engine, reply, years):
    first, second = ask_and_reply(engine, "I've done 210 ablations (RFA + MWA) in the past 6 years. Can I apply for the "
                                          "ablation instructor cert?", reply)
    assert first.route == "clarify"
    call = _call(second, "tsir_instructor_eligibility")
    assert call.args["years_as_specialist"] == years and call.result["eligible"] is True, call.args


@pytest.mark.parametrize("question", [
    "Radiology specialist since 2018, 190 ablations in 6 yrs. ablation instructor?",  # 7 to 8 years: straddles the line
    "200 RFA since 2020. Ablation instructor eligible?",  # a year with no specialist word
])
def test_a_year_at_the_line_or_of_something_else_stays_asked(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "clarify" and any(m.startswith("years_as_specialist") for m in a.missing), (a.route, a.missing)


# --------------------------------------------------------------- 5. per-radiographer sets listed by breast type, pooled

POOLED = [
    ("Facility self-selected image review. Our three techs' non-dense sets scored 351, 367 and 340; dense sets (only two "
     "techs submitted) 339 and 361. What's the facility grade?", [351, 367, 340], [339, 361], 361, "A"),
    ("Facility self-selected review: dense sets (both techs submitted) 355 and 348; non-dense 361 and 352. Facility grade?",
     [361, 352], [355, 348], 355, "B"),
    ("Facility self-selected review: our techs' non-dense sets were 350, 366 and 341, and their dense sets 338 and 362. "
     "Facility grade?", [350, 366, 341], [338, 362], 362, "A"),
    ("機構自選片：非緻密型三位放射師 350、366、341；緻密型（只有兩位交）338、362，機構評等？", [350, 366, 341], [338, 362], 362, "A"),
    # near miss: no bracket at all
    ("Facility self-selected: non-dense 350, 366, 341; dense 338, 362. Facility grade?", [350, 366, 341], [338, 362], 362, "A"),
]


@pytest.mark.parametrize("question,non_dense,dense,used,grade", POOLED)
def test_sets_by_breast_type_with_who_submitted_in_brackets_are_pooled(engine, question, non_dense, dense, used, grade):
    call = _call(ask_and_reply(engine, question), "hpa_image_grade")
    assert call.args["subject"] == "facility" and call.args["kind"] == "self_selected", call.args
    assert call.args["scores"] == {"non_dense": non_dense, "dense": dense}, call.args
    assert call.result["score_used"] == used and call.result["grade"] == grade


def test_a_bracket_saying_something_else_of_the_sets_stays_asked(engine):
    """Near miss: "(only 2 of 3 sets passed review)" is no head count of who submitted: asked, as before."""
    a = ask_and_reply(engine, "Facility self-selected: non-dense 350, 366, 341; dense (only 2 of 3 sets passed review) 338 "
                              "and 362. Grade?")
    assert a.route == "clarify"


# --------------------------------------------------------------------------------- 6. a persona preamble is no activity

PERSONA = [
    ("Trained overseas, still learning the TSA credit system. This year: 3 TSA monthly meetings and the annual meeting. Total?",
     [("tsa_annual_meeting", 1, None, None, None), ("tsa_monthly_meeting", 3, None, None, None)], 120),
    ("I did my residency abroad and I'm new to the TSA credits. This year I went to 4 monthly meetings. How many credits?",
     [("tsa_monthly_meeting", 4, None, None, None)], 80),
    ("Trained in the US, so new to all this: 2 monthly meetings and 1 international congress this year. Credits?",
     [("international_meeting", 1, None, None, None), ("tsa_monthly_meeting", 2, None, None, None)], 70),
    ("Overseas-trained surgeon here, still figuring out CME: attended the TSA annual meeting and 2 monthly meetings. "
     "Total credits?", [("tsa_annual_meeting", 1, None, None, None), ("tsa_monthly_meeting", 2, None, None, None)], 100),
    ("我在美國受訓，剛回國對積分還不熟：今年去了 3 次月會和年會，總共幾分？",
     [("tsa_annual_meeting", 1, None, None, None), ("tsa_monthly_meeting", 3, None, None, None)], 120),
    ("Foreign-trained and new here. This year: one specialty society annual meeting over 2 days and 2 TSA monthly meetings. "
     "Total?", [("specialty_annual_meeting", 1, None, 2, None), ("tsa_monthly_meeting", 2, None, None, None)], None),
    # near misses: a stay abroad with its length is an activity
    ("Trained overseas for 3 months this year, plus 2 monthly meetings. Credits?",
     [("training_abroad", 1, 3, None, None), ("tsa_monthly_meeting", 2, None, None, None)], None),
    ("Did 2 months of training abroad in Japan and 3 monthly meetings. Total credits?",
     [("training_abroad", 1, 2, None, None), ("tsa_monthly_meeting", 3, None, None, None)], None),
]


@pytest.mark.parametrize("question,items,total", PERSONA)
def test_a_persona_preamble_is_no_activity(engine, question, items, total):
    call = _call(ask_and_reply(engine, question), "tsa_credit_tally")
    assert _items(call) == items, call.args
    if total is not None:
        assert call.result["total"] == total


def test_training_overseas_in_the_period_stays_asked(engine):
    """Near miss: "I trained overseas this year" with no length is a stay of the period: its months are asked."""
    a = ask_and_reply(engine, "I trained overseas this year and went to 3 monthly meetings. Total credits?")
    assert a.route == "clarify" and any(m.startswith("months") for m in a.missing), a.missing


def test_more_than_n_days_stays_a_bound(engine):
    """Near miss: "lasted more than 2 days" is a bound (asked about), unlike "over 2 days" of a meeting's run."""
    a = ask_and_reply(engine, "Went to one specialty society annual meeting that lasted more than 2 days and 3 monthly "
                              "meetings. Total credits?")
    assert a.route == "clarify"
