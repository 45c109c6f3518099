"""Seventeenth round, questions back (SPEC §3 clarify): what they ask, what they cite, and the replies that complete them.

Classes (each tested with phrasings invented here, not the bank's):
1. An image-evaluation grade asked without its scores cites the note that forms the score graded for the subject and
   kind read (the lower set, the facility's best sets, a sampled average) and that subject's grade table — not both
   subjects' tables.
2. A screening day said relative to last month ("上月3號篩檢的", "screened on the 20th of last month") is the date the
   follow-up deadline runs from: read, never asked back (January's last month is December of the year before).
3. A terse reply to a question back ("category 3", "BI-RADS 4", "8 篇") is answered in the thread's language.
4. A consequence asked that a count not given decides — the van's spot review (二(四)2, the month's count), the van's
   daily cap (二(四)1, the day's count) — asks for that count, cites the consequence's clause first, and is never the
   image evaluation's sampled films ("抽片審查" is no 抽選片) nor answered with the staff count alone; a volume said to
   burst or be large ("有點爆", "screened a lot") is a figure of one's own not given.
5. One's own grade asked openly ("這樣我評等是什麼", "what grade would we get") beside one set of several, or beside
   scores said to be in hand but not given ("I have all the RTs' set scores", "我手上有每位的分數"), asks for the scores —
   never the rule's method or band quoted as if it answered. A band asked of one score ("350 是 B 等嗎") stays the rule's.
6. An age only neared ("快 60 歲", "almost 60") does not answer article 6's lifetime certificate: the birth date and the
   application date are asked (citing article 6), and the reply's dates complete it; an age reached ("我 62 歲") stays
   the rule's to answer; an age said beside the dates ("I'm 59 right now", "今年 62 歲") is set aside, never unread.
7. A score type named with a long label before its scores ("non-dense self-selected sets scored 355, 367 and 349") still
   names them, so a reply giving the other type completes the facility's grade.
8. A fact the question said both ways or not known ("好像有要求過，又好像沒有", "the other set is still pending") is no fact of
   it once asked about: a reply giving something else is asked again — never computed with the fact as if it were said —
   and a reply giving it completes the calculation.
"""

from __future__ import annotations

import datetime

import pytest

from bot.answer import Conversation, Turn
from calculators.hpa_mammo import image_grade_rules
from tests.bot.conftest import ask_and_reply


# ---------------------------------------------------------------- 1. the note that forms the score graded


@pytest.mark.parametrize(("question", "subject", "kind", "note"), [
    ("本院這次被抽了 6 張片子做臨床影像評估，醫院的抽選片會拿幾等？", "facility", "sampled", "hpa-mammo/2.3.1.n2"),
    ("Our hospital's self-selected sets: best non-dense was 366, dense not scored yet. Facility grade?",
     "facility", "self_selected", "hpa-mammo/2.3.1.n1"),
    ("放射师自选片非致密型 348，致密型还没评，我会是几等？", "radiographer", "self_selected", "hpa-mammo/2.1.2.2.1.n1"),
    ("My sampled films were reviewed but I don't have the scores yet; what grade would I get?",
     "radiographer", "sampled", "hpa-mammo/2.1.2.2.1.n2"),
])
def test_an_image_grade_asked_back_cites_the_note_of_its_subject_and_kind(ask, question, subject, kind, note):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, a.answer
    assert a.pending_call.name == "hpa_image_grade"
    assert (a.pending_call.args["subject"], a.pending_call.args["kind"]) == (subject, kind)
    cited = [c.id for c in a.citations]
    assert cited[0] == note
    other_table = "hpa-mammo/2.3.1" if subject == "radiographer" else "hpa-mammo/2.1.2.2.1"
    assert other_table not in cited  # the other subject's table does not grade this one


def test_image_grade_rules_without_a_subject_give_both_tables():
    assert image_grade_rules(None, "sampled") == ["hpa-mammo/2.1.2.2.1", "hpa-mammo/2.3.1"]
    assert image_grade_rules("facility", None) == ["hpa-mammo/2.3.1"]


# ---------------------------------------------------------------- 2. a screening day of last month


@pytest.mark.parametrize(("question", "today", "screened", "deadline"), [
    ("上月3號篩檢的個案是 category 0，什麼時候要完成複檢？", datetime.date(2026, 11, 25), "2026-10-03", "2026-12-03"),
    ("A woman screened on the 20th of last month came back BI-RADS 4 - when is the deadline?",
     datetime.date(2026, 11, 25), "2026-10-20", "2026-12-20"),
    # January: last month is the December before
    ("上个月28号照的，结果 category 5，最晚哪天要确诊？", datetime.date(2027, 1, 15), "2026-12-28", "2027-02-28"),
])
def test_a_screening_day_of_last_month_is_read(engine, question, today, screened, deadline):
    a = engine.answer(question, today=today)
    assert a.route == "calculator", a.answer
    call = a.tool_calls[0]
    assert call.name == "hpa_followup_deadline"
    assert call.args["screening_date"] == screened
    assert call.result["deadline"] == deadline


def test_a_question_back_with_last_months_screening_day_asks_only_the_category(engine):
    first, final = ask_and_reply(engine, "上個月5號拍的那位疑似陽性，追蹤期限是？", "category 3")
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["category"]
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["deadline"] == "2027-04-05"


# ---------------------------------------------------------------- 3. a terse reply keeps the thread's language


@pytest.mark.parametrize(("question", "reply", "lang"), [
    ("上個月5號拍的那位疑似陽性，追蹤期限是？", "BI-RADS 4", "zh-TW"),
    ("外科月會今年去了幾次我忘了，積分多少？", "6", "zh-TW"),
    ("Screened 2026-10-02, suspected positive. What's the follow-up deadline for her?", "4 類", "en"),
])
def test_a_terse_reply_is_answered_in_the_threads_language(engine, question, reply, lang):
    first = engine.answer(question, today=datetime.date(2026, 11, 25))
    assert first.route == "clarify" and first.lang == lang
    final = engine.answer(reply, Conversation(turns=[Turn(question=question, answer=first)]), today=datetime.date(2026, 11, 25))
    assert final.lang == lang, final.answer


def test_a_whole_sentence_reply_is_answered_in_its_own_language(engine):
    question = "上個月5號拍的那位疑似陽性，追蹤期限是？"
    first = engine.answer(question, today=datetime.date(2026, 11, 25))
    final = engine.answer("it was a category 3 result on that screening", Conversation(turns=[Turn(question=question, answer=first)]),
                          today=datetime.date(2026, 11, 25))
    assert final.lang == "en"


# ---------------------------------------------------------------- 4. a consequence asked that a missing count decides


@pytest.mark.parametrize(("question", "reply", "spot"), [
    ("這個月乳攝車上量有點爆，我們放射師會不會被抽片審查？", "她這個月 562 案", True),
    ("I've screened a lot on the van this month, will I get spot-checked?", "538", False),
    ("巡回车上的技师这个月拍了很多，会触发抽片审查吗？", "553 例", True),
    ("Our mobile unit has 2 techs; the busier one is way over her usual this month. Does she hit the spot review?", "601 so far", True),
])
def test_a_spot_review_asked_without_the_months_count_asks_it(engine, question, reply, spot):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert first.pending_call.name == "hpa_radiographer_volume"
    assert "monthly_screenings" in [m.split(":")[0] for m in first.missing] or any(m.startswith("vague:") for m in first.missing)
    assert first.citations[0].id == "hpa-mammo/2.4.2"
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "hpa_radiographer_volume" and call.result["van_spot_review"] is spot


@pytest.mark.parametrize("question", [
    "our van ran with 2 rads yesterday, were we over the daily cap?",
    "乳攝車今天有 3 位放射師出車，有沒有超過每日上限？",
])
def test_a_daily_cap_asked_with_only_the_staff_count_asks_the_days_screenings(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, a.answer
    assert [m.split(":")[0] for m in a.missing] == ["daily_screenings_on_van"]


@pytest.mark.parametrize("question", [
    # the sampled image evaluation is still read as such
    "國健署抽了我去年拍的 4 張片子，分數 350、361、348、355，我是幾等？",
    "HPA sampled 3 of my films: 352, 349, 360. Grade?",
])
def test_sampled_films_with_scores_stay_the_image_grade(ask, question):
    a = ask(question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_image_grade", a.answer
    assert a.tool_calls[0].args["kind"] == "sampled"


# ---------------------------------------------------------------- 5. one's own grade asked, scores partial or held


@pytest.mark.parametrize(("question", "reply", "grade"), [
    ("自選片一組 348 分，我的等級會是多少？", "另一組是 366", "B"),
    ("自选片有一组 361，这样我的评等是什么？", "另一组 330", "C"),
    ("I've got all our radiographers' self-selected scores - what would the facility's grade be?",
     "non-dense 352 and 365, dense 361 and 344", "A"),
    ("我手上有每位放射師的自選片分數，機構會是幾等？", "非緻密型 342、355，緻密型 351、338", "B"),
])
def test_ones_own_grade_asked_without_all_scores_asks_them(engine, question, reply, grade):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert first.pending_call.name == "hpa_image_grade"
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["grade"] == grade


def test_a_band_asked_of_one_score_is_never_a_grade_computed(ask):
    # The band of that one set (the rule's table) or a question back for the other set (the grade takes the lower of
    # the two, the reader branch of round 17): never a grade computed from one set as if it were the result.
    a = ask("我們技術員自選片其中一組評到350，這樣是B等嗎？")
    assert a.route in ("retrieval", "clarify") and not a.tool_calls, a.answer[:200]


# ---------------------------------------------------------------- 6. an age only neared


@pytest.mark.parametrize(("question", "reply", "eligible"), [
    ("我將近 60 歲，指導老師證書可以改成終身的嗎？", "1967年3月2日生，預計2027年4月1日送件", True),
    ("I'm nearly 60 years old — could I go for the lifetime instructor certificate?",
     "born 1967-08-20, applying on 2027-02-01", False),
    ("快要60岁了，能直接申请终身指导老师吗？", "1966年5月5日出生，2026年12月20日申请", True),
])
def test_an_age_only_neared_asks_the_dates(engine, question, reply, eligible):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert first.pending_call.name == "tsir_renewal_check"
    assert first.citations[0].id == "tsir-instructor/6"
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["lifetime_eligible"] is eligible


def test_an_age_said_beside_the_dates_is_set_aside(engine):
    first, final = ask_and_reply(engine, "快 60 歲了（今年 59 歲），終身指導老師證書我能申請嗎？",
                                 "1966年11月2日生，2026年12月10日申請")
    assert first.route == "clarify", first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["lifetime_eligible"] is True


@pytest.mark.parametrize("question", ["我已滿 61 歲，可以申請終身指導老師證書嗎？",
                                      "I'm 63 years old, can I get the lifetime instructor certificate?"])
def test_an_age_reached_is_the_rules(ask, question):
    a = ask(question)
    assert a.route == "retrieval" and not a.tool_calls


# ---------------------------------------------------------------- 7. a long label before a score type


@pytest.mark.parametrize(("question", "reply", "score"), [
    ("Our two RTs' non-dense self-selected sets got 351 and 366. Facility grade?", "dense ones: 342 and 359", 359),
    ("本院兩位放射師的非緻密型自選片這次評審給的分數是 348、371，醫院會是幾等？", "緻密型是 362、355", 362),
])
def test_a_reply_giving_the_other_score_type_completes_the_facility_grade(engine, question, reply, score):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "hpa_image_grade" and call.args["subject"] == "facility"
    assert call.result["score_used"] == score


# ---------------------------------------------------------------- 8. a fact said not known is no fact of the question


_BOTH_WAYS_Q = "醫師陽性複判差異 54%，前次審查好像有被要求去座談會，又好像沒有，我不確定。這次會怎樣？"


@pytest.mark.parametrize("reply", ["陰性是 9%", "ok", "still not sure"])
def test_a_reply_not_settling_a_fact_said_both_ways_computes_nothing(engine, reply):
    first, final = ask_and_reply(engine, _BOTH_WAYS_Q, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route != "calculator", final.answer  # never the 丁 tier from a requirement not known
    assert not final.tool_calls


@pytest.mark.parametrize("reply", ["查過了，前次有要求", "上次審查確定有要求"])
def test_a_reply_settling_a_fact_said_both_ways_completes_it(engine, reply):
    first, final = ask_and_reply(engine, _BOTH_WAYS_Q, reply)
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.args["previously_required"] is True and call.result["tier"] == "stop_and_suspend"


def test_a_reply_giving_a_value_said_pending_completes_it(engine):
    first, final = ask_and_reply(engine, "自選片一組 358，另一組分數還沒出來，評等？", "另一組 362")
    assert first.route == "clarify"
    assert final.route == "calculator" and final.tool_calls[0].result["score_used"] == 358
