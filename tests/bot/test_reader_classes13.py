"""Classes of the thirteenth round where the reader dropped a number or bound it wrongly and the bot asked back what a
reader would know, or answered with a wrong figure — each tested with wording of its own (zh-TW, zh-CN, en), never the
bank's sentence. Confidently wrong first: a lecture given at one of the overseas meetings attended ("出國開會 4 次，其中
1 次當講者") was carved out of the meetings (3 attended + 1 lecture) instead of counted on top of them."""

from __future__ import annotations

import pytest

from bot.parsing.numbers import find_quantities, normalize_numerals


def _call(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return a.tool_calls[0].name, a.tool_calls[0].args


def _kinds(args):
    return sorted((x["kind"], x.get("count"), x.get("scope")) for x in args["activities"])


# --- 1. a lecture / oral given at one of the overseas meetings attended is on top of attending (was confidently wrong) ----

@pytest.mark.parametrize(("question", "expected"), [
    ("換證：國外介入會議去了 5 次，其中 2 次有擔任座長（國外），教育積分 90，夠嗎？",
     [("international_meeting_attendance", 5, None), ("lecturer_or_moderator", 2, "international")]),
    ("指导老师换证：出国开会 3 次，其中 1 次受邀当讲者（国外），放射科积分 120，够不够",
     [("international_meeting_attendance", 3, None), ("lecturer_or_moderator", 1, "international")]),
    ("instructor renewal: attended 4 overseas IR meetings, at 1 of them I was an invited lecturer (international); "
     "radiology CME 100. enough?",
     [("international_meeting_attendance", 4, None), ("lecturer_or_moderator", 1, "international")]),
    ("換證積分：參加國外介入會議 6 次，當中 2 次還上台演講（國外），另外放射專科積分 50",
     [("international_meeting_attendance", 6, None), ("lecturer_or_moderator", 2, "international")]),
    ("换证用：出国参加介入会议 2 次，其中 1 次还做了 e-poster 发表（国外），放射专科积分 150，够吗",
     [("international_meeting_attendance", 2, None), ("oral_or_eposter", 1, "international")]),
])
def test_a_talk_at_an_overseas_meeting_attended_is_on_top_of_attending(ask, question, expected):
    name, args = _call(ask(question))
    assert name == "tsir_renewal_check"
    assert _kinds(args) == sorted(expected)


@pytest.mark.parametrize("question", [
    "國內 oral 3 次，其中 1 次其實是 e-poster，教育積分 150，換證夠嗎？",
    "domestic orals 3 times, 1 of them was actually an e-poster; radiology CME 150 — enough to renew the instructor cert?",
])
def test_a_part_renamed_within_the_same_kind_is_still_one_of_the_whole(ask, question):
    # the other half of the class: a part that is another word for the same kind is not added on top
    a = ask(question)
    if a.route == "calculator":
        _, args = _call(a)
        assert sum(x.get("count", 1) for x in args["activities"]) == 3
    else:
        assert a.route == "clarify"


# --- 2. a monthly-meeting talk said as going up on stage (上台報 / 上台分享) -------------------------------------------------

@pytest.mark.parametrize(("question", "meetings", "talks"), [
    ("今年月會去了 6 次，其中 2 次是我上台報的，積分多少？", 6, 2),
    ("月会参加了5场，其中1场是我上台分享的，今年几分", 5, 1),
    ("本會月會 3 次（其中 1 次我上台報），年會沒去，幾分？", 3, 1),
    ("月會今年跑了 8 場，有 3 場輪我上台報，總共幾分", 8, 3),
    ("今年月會出席 4 次，其中兩次我有上台分享病例，這樣積分怎麼算", 4, 2),
])
def test_going_up_on_stage_at_a_monthly_meeting_is_speaking(ask, question, meetings, talks):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    got = {x["kind"]: x.get("count") for x in args["activities"]}
    assert got.get("tsa_monthly_meeting") == meetings
    assert got.get("tsa_monthly_speaker") == talks


# --- 3. each radiographer's days said another way: labelled, in brackets after "the whole year", "each … (365 days)",
#        "N working days" -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("三位放射師：A 365、B 300、C 120 天，今年篩了 12,000 案，有超過合理量嗎？", [365, 300, 120], 12000),
    ("我们有三个放射师，小王 365、小李 200、老张 100 天，一年筛了 9000 例，超量吗", [365, 200, 100], 9000),
    ("兩位放射師整年都有上班（365、300 天），今年篩了 11,000 案，會不會超量", [365, 300], 11000),
    ("3 radiographers, each worked the whole year (365 days). 2024 screening volume was 20,500. any cases unpaid?",
     [365, 365, 365], 20500),
    ("2 techs, 250 working days each, we screened 8,000 this year. over the reasonable volume?", [250, 250], 8000),
    ("one radiographer, 280 working days, 5,200 screenings this year — how many won't be paid?", [280], 5200),
    ("一位放射師 300 個工作天，全年篩檢 5,600 案，超量嗎？", [300], 5600),
])
def test_each_radiographers_days_said_another_way(ask, question, days, screenings):
    name, args = _call(ask(question))
    assert name == "hpa_facility_volume"
    assert sorted(args["radiographer_work_days"]) == sorted(days)
    assert args["annual_screenings"] == screenings


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("300 working days", 300, "天"),
    ("240 work days", 240, "天"),
    ("200 duty days", 200, "天"),
    ("300 個工作天", 300, "天"),
    ("250 工作日", 250, "天"),
    ("250 工作日誌", 250, None),   # a log book is no day
])
def test_days_at_work_are_days(text, value, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("question", "screenings"), [
    ("2 radiographers, both 365 days. 2025 screening count was 14,000. over the reasonable volume?", 14000),
    ("2 techs at 365 days each; 2023 total screenings were 13,900. how many not paid?", 13900),
    ("two RTs, 365 days each. 2024 volume came to 12,500 — over the limit?", 12500),
])
def test_a_year_heading_a_figure_with_its_noun_and_verb_is_no_figure(ask, question, screenings):
    name, args = _call(ask(question))
    assert name == "hpa_facility_volume"
    assert args["annual_screenings"] == screenings


# --- 4. the pronoun "one" after a longer description ("the fatty (non-dense) one") is no count -----------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("352 for the non-dense (fatty) one and 361 for the dense one", True),
    ("the second, denser one was 352", True),
    ("the older Hologic one scored 80", True),
    ("I gave the talk and one poster", False),      # "and" is no describing word: a count of one
    ("at the TSA meeting one talk", False),
])
def test_one_after_a_described_noun_is_a_pronoun(text, kept):
    assert ("one" in normalize_numerals(text)) is kept


@pytest.mark.parametrize(("question", "scores"), [
    ("Self-selected results: 355 for the dense (heterogeneous) one, 349 for the fatty one. my grade?", None),
    ("My self-picked sets: the non-dense (fatty) one got 362 and the dense one 358. Grade as a radiographer?", None),
    ("self-selected: 371 on the first, non-dense one and 338 on the dense one — radiographer grade?", None),
])
def test_self_selected_sets_named_by_one(ask, question, scores):
    name, args = _call(ask(question))
    assert name == "hpa_image_grade"
    assert len(args["scores"] if isinstance(args["scores"], list) else list(args["scores"].values())) == 2
    assert 1 not in (args["scores"] if isinstance(args["scores"], list) else list(args["scores"].values()))


# --- 5. the suspected positives said by category, or as the women to call back ---------------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("去年 category 0 有 90 個、category 3 有 30 個、category 4 有 20 個、category 5 有 10 個，完成追蹤 100 個，扣幾%？", 150, 100),
    ("BI-RADS 0 有 60 人、BI-RADS 4 有 25 人、BI-RADS 5 有 15 人，共 100 人；追完 72 人，會扣款嗎", 100, 72),
    ("第0類 80 例、第3類 20 例，合計 100 例，已完成 66 例，扣款比例？", 100, 66),
    ("今年要 call back 的有 140 位，完成 105 位，完成率跟扣款？", 140, 105),
    ("需要回診的个案 90 人，做完 70 人，扣多少", 90, 70),
])
def test_suspected_positives_by_category_or_call_back(ask, question, suspected, completed):
    name, args = _call(ask(question))
    assert name == "hpa_followup_deduction"
    assert args["suspected_positive_cases"] == suspected
    assert args["completed_cases"] == completed


def test_category_parts_that_disagree_with_their_total_are_asked(ask):
    a = ask("category 0 有 50 個、category 4 有 30 個，共 90 個；完成 60 個，扣多少")
    assert a.route == "clarify"
    assert not a.tool_calls or a.tool_calls[0].args.get("suspected_positive_cases") is None


# --- 6. the age said as a birthday's ordinal ("60th birthday is …") -------------------------------------------------------

@pytest.mark.parametrize(("question", "born"), [
    ("My 60th birthday is 2027-03-15 and I plan to apply on 2027-04-01. Lifetime instructor certificate?", "1967-03-15"),
    ("60th birthday falls on 2026-08-20; applying 2026-08-01 — can I get the lifetime cert?", "1966-08-20"),
    ("我60大壽在2027-01-10，預計2027-02-01申請，可以申請終身指導老師證書嗎", "1967-01-10"),
    ("我60岁生日是2026-12-30，2026-12-15申请，能拿终身证书吗", "1966-12-30"),
    ("60th b-day is 2027-06-01, want to apply 2027-06-02 for the lifetime TSIR instructor certificate", "1967-06-01"),
])
def test_a_60th_birthday_gives_the_birth_date(ask, question, born):
    name, args = _call(ask(question))
    assert name == "tsir_renewal_check"
    assert args["birth_date"] == born


# --- 7. a short bracket of words with a comma inside ends no clause: the place after it is still the item's -----------------

@pytest.mark.parametrize("question", [
    "presented a poster (full paper, not a case report) at the TSA annual meeting as first author. credits?",
    "gave an oral talk (original work, first author) at the TSA annual congress this year — how many points?",
    "今年在外科醫學會年會發表口頭報告一篇（原著，不是病例報告），我是第一作者，幾分？",
    "今年在外科医学会年会贴了一张壁报（原著，不是病例报告），我是一作，能拿几分",
    "I had a poster (clinical study, not a case) at the TSA annual mtg, 1st author; points?",
])
def test_a_presentation_at_the_annual_meeting_is_no_attendance(ask, question):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    assert [x["kind"] for x in args["activities"]] == ["presentation"]


# --- 8. counts said after each length ("一小時的 2 場、四小時的 1 場"): the first length's count is its own ------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("國內研討會今年有去，兩小時的 3 場、三小時的 2 場，幾分", [(2, 3), (3, 2)]),
    ("院外的學術討論會（有對外公告），今年一個半小時的聽了 5 場、四小時的 1 場，可以認幾分？", [(1.5, 5), (4, 1)]),
    ("国内学术讲习会，一小时的去了2场、三小时的去了3场，今年能算几分", [(1, 2), (3, 3)]),
    ("今年參加國內學術討論會，兩個半小時的 2 場、一小時的 4 場，積分多少", [(1, 4), (2.5, 2)]),
    ("學術講習會：三小時的 1 場、一小時的 2 場，今年幾分", [(1, 2), (3, 1)]),
])
def test_counts_said_after_each_length(ask, question, expected):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    got = sorted((x.get("hours"), x.get("count")) for x in args["activities"])
    assert got == sorted(expected)

