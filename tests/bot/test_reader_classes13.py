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


# --- 9. figures listed first, their labels after them in brackets in the same order ("依序…", "respectively") -------------

@pytest.mark.parametrize(("question", "expected"), [
    ("品管實測 90、84、88（依序劑量、假體、照野），其他項都 A，整台幾等？",
     {"dose_hvl_output_aec": 90, "phantom_image": 84, "field_alignment": 88}),
    ("实测结果 86、79、92、88、90（依次是剂量、假体、压迫、照野、阅片系统），评等？",
     {"dose_hvl_output_aec": 86, "phantom_image": 79, "compression": 92, "field_alignment": 88, "reading_system": 90}),
    ("QC field test 91, 83, 86, 80, 89 (dose, phantom, compression, field alignment, reading system respectively) — grades?",
     {"dose_hvl_output_aec": 91, "phantom_image": 83, "compression": 86, "field_alignment": 80, "reading_system": 89}),
])
def test_qc_figures_then_their_items_in_order(ask, question, expected):
    name, args = _call(ask(question))
    assert name == "hpa_qc_grade"
    assert {k: args["scores"][k] for k in expected} == expected


@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("自選片兩組 352、366（分別是緻密、非緻密），幾等？", 366, 352),
    ("自选片 358 跟 371（前者非致密、后者致密），评几等", 358, 371),
    ("self-selected sets 349 and 362 (dense and non-dense respectively). grade?", 362, 349),
    ("Self-selected results: 355 for the dense (heterogeneous) one, 349 for the fatty one. my grade?", 349, 355),
    ("my self-picked sets: 366 on the non-dense set and 340 on the dense set — grade as a radiographer?", 366, 340),
])
def test_self_selected_sets_named_after_their_scores(ask, question, non_dense, dense):
    name, args = _call(ask(question))
    assert name == "hpa_image_grade"
    assert args["scores"] == {"non_dense": non_dense, "dense": dense}


@pytest.mark.parametrize(("text", "kept"), [
    ("365、365 天（全年）", True),          # a bracket with a figure in it: no labels
    ("年會、月會 (2、3 次)", True),
    ("RFA 130、MWA 55（共 185）", True),
])
def test_brackets_that_are_no_labels_of_the_figures_stay(text, kept):
    from bot.parsing.text import respectively
    assert (respectively(text) == text) is kept


# --- 10. the sampled films said with the verb of drawing them ("國健署抽了我去年拍的片子") ---------------------------------

@pytest.mark.parametrize(("question", "scores"), [
    ("國健署抽了我今年拍的片子，成績 348、362、355，平均幾等？", [348, 362, 355]),
    ("健康署抽走我 4 張片，分數 361、358、366、352，評等是？", [361, 358, 366, 352]),
    ("国健署抽中了我的片子，分数 340、351、347，算几等", [340, 351, 347]),
    ("這次國健署抽到我拍的 3 張，分別 359、362、357，平均有到 A 嗎", [359, 362, 357]),
    ("國健署抽了學妹的片子：372、368、355、361，她是幾等", [372, 368, 355, 361]),
])
def test_films_drawn_by_the_agency_are_the_sampled_evaluation(ask, question, scores):
    name, args = _call(ask(question))
    assert name == "hpa_image_grade"
    assert args["kind"] == "sampled"
    assert args["scores"] == scores


# --- 11. training at a medical centre named by its name, or as a visiting doctor ------------------------------------------

@pytest.mark.parametrize(("question", "months"), [
    ("去年到林口長庚進修三個月，外科積分幾分", 3),
    ("今年在台大醫院研修 4 個月，可以拿幾分", 4),
    ("我在成大医院进修两个月，外科积分多少", 2),
    ("did 4 months of training at NTUH this year, TSA credits?", 4),
    ("2025: a 2-month visiting fellowship at Linkou Chang Gung. points?", 2),
    ("我在醫學中心 visiting 了 5 個月，外科醫學會積分怎麼算", 5),
])
def test_training_at_a_named_medical_centre_is_domestic_training(ask, question, months):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    assert [(x["kind"], x.get("months")) for x in args["activities"]] == [("training_domestic", months)]


# --- 12. the rule's own margin restated right after its measure ("超過合理量10%的部分") is the rule's, no fact ---------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("放射師三位都全年 365 天，今年篩了 20,000 案，超過合理量10%的部分有幾案？", [365, 365, 365], 20000),
    ("两位放射师工作天数 365、200 天，全年筛查 11500 例，有没有超过合理量 10%？", [365, 200], 11500),
    ("3 radiographers all 365 days, 19,500 screenings this year; are we over the reasonable volume by 10%?", [365, 365, 365], 19500),
    ("兩位技術員工作天數各 300 天，今年篩 10,800 案，超出合理量10%以上的會不給付嗎？", [300, 300], 10800),
    ("one tech, 365 days, 7,000 screenings: how many cases exceed the reasonable volume by 10%?", [365], 7000),
])
def test_the_rules_margin_restated_is_no_fact(ask, question, days, screenings):
    name, args = _call(ask(question))
    assert name == "hpa_facility_volume"
    assert sorted(args["radiographer_work_days"]) == sorted(days)
    assert args["annual_screenings"] == screenings


# --- 13. 性 typed as its homophone 姓 (陰姓 / 陽姓), and the pair of rates said negative first ------------------------------

@pytest.mark.parametrize(("question", "positive", "negative"), [
    ("陽姓個案複判差異 45%、陰性 5%，要怎麼處理", 45, 5),
    ("醫師複判差異：陰姓 9%、陽姓 38%，會怎樣", 38, 9),
    ("陰姓差異 22%，陽性差異 10%，是不是要停止判讀", 10, 22),
    ("陰性 12%、陽性 20%，要去座談會嗎", 20, 12),
    ("阴性 3%、阳性 52%，之前没被要求过，结果？", 52, 3),
])
def test_the_rates_pair_with_a_homophone_typo_or_negative_first(ask, question, positive, negative):
    name, args = _call(ask(question))
    assert name == "hpa_reread_action"
    assert (args["positive_discrepancy_pct"], args["negative_discrepancy_pct"]) == (positive, negative)


# --- 14. a part of the count said in brackets right after it ("壁報 3 篇（其中 1 篇是病例報告）") is carved out of it ---------

@pytest.mark.parametrize(("question", "kind", "plain", "case_reports"), [
    ("今年外科年會壁報 3 篇都一作（其中 1 篇是病例報告），發表可以拿幾分", "presentation", 2, 1),
    ("今年 SCI 論文 2 篇一作（其中一篇是 case report），論文幾分", "paper_sci", 1, 1),
    ("今年SCI论文 3 篇第一作者（其中 2 篇是病例报告），能拿多少分", "paper_sci", 1, 2),
    ("this year 2 SCI papers as first author (one of them a case report) — credits?", "paper_sci", 1, 1),
    ("this year 4 posters as first author (2 of them case reports), how many credits?", "presentation", 2, 2),
])
def test_a_part_in_brackets_is_carved_out_of_its_count(ask, question, kind, plain, case_reports):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    got = {bool(x.get("case_report")): x["count"] for x in args["activities"] if x["kind"] == kind}
    assert got == {False: plain, True: case_reports}


@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("自選片 緻密 358 非緻密 361，幾等", 361, 358),
    ("self-selected: dense 349 non-dense 362, grade?", 362, 349),
])
def test_a_set_named_before_each_score_keeps_its_own(ask, question, non_dense, dense):
    # the guard of the class above: a word after a score names it only through for / on ("349 for the dense one")
    name, args = _call(ask(question))
    assert name == "hpa_image_grade"
    assert args["scores"] == {"non_dense": non_dense, "dense": dense}


# --- 15. a count said for each of the years named ("2024、2025 這兩年月會每年各 3 次") --------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("2024 和 2025 年月會每年各 6 次，兩年幾分",
     [("tsa_monthly_meeting", 6, 2024), ("tsa_monthly_meeting", 6, 2025)]),
    ("in 2024 and 2025 I went to 5 monthly meetings each year, total?",
     [("tsa_monthly_meeting", 5, 2024), ("tsa_monthly_meeting", 5, 2025)]),
    ("2024、2025 年國際會議每年各 1 次、月會每年 6 次，分年積分？",
     [("international_meeting", 1, 2024), ("international_meeting", 1, 2025),
      ("tsa_monthly_meeting", 6, 2024), ("tsa_monthly_meeting", 6, 2025)]),
    ("去年跟今年，年會每年都去一次，月會每年 4 次，分年算",
     [("tsa_annual_meeting", 1, 2025), ("tsa_annual_meeting", 1, 2026),
      ("tsa_monthly_meeting", 4, 2025), ("tsa_monthly_meeting", 4, 2026)]),
    ("2023 年、2024 年月会每年各去 8 次，合计几分", [("tsa_monthly_meeting", 8, 2023), ("tsa_monthly_meeting", 8, 2024)]),
])
def test_a_count_for_each_of_the_years_named(ask, question, expected):
    name, args = _call(ask(question))
    assert name == "tsa_credit_tally"
    assert sorted((x["kind"], x["count"], x["year"]) for x in args["activities"]) == sorted(expected)


@pytest.mark.parametrize(("text", "years"), [
    ("2024、2025這2年", [2024, 2025]),
    ("in 2024 and 2025 I went", [2024, 2025]),
    ("篩了 2024 案、2025 年", [2025]),        # a count with its unit stays a count
    ("2021-2024 各年", []),                   # a range is no list of two years
])
def test_bare_years_joined_to_a_year(text, years):
    import datetime
    from bot.parsing.dates import find_years
    assert [y.year for y in find_years(text, datetime.date(2026, 11, 25))] == years


# --- 16. a reply giving the counts of activities the question named without any ("参加了国际会议，也去了讲习会" → "国际会议
#         1次，讲习会2次，每次3小时"): the reply's items are those, said in full — no more of them added ---------------------

@pytest.mark.parametrize(("question", "reply", "expected"), [
    ("今年去了國際會議，也參加了國內研討會，積分多少？", "國際會議 2 次，研討會 3 場，每場 1 小時",
     [("domestic_seminar", 3, 1), ("international_meeting", 2, None)]),
    ("我今年参加了国际会议，还去了国内的讲习会，能拿几分", "国际会议1次，讲习会3次，每次4小时",
     [("domestic_seminar", 3, 4), ("international_meeting", 1, None)]),
    ("went to an international congress and some domestic seminars this year, credits?", "international 1, seminars 2, 3 hours each",
     [("domestic_seminar", 2, 3), ("international_meeting", 1, None)]),
    ("今年出國開會，也去了院外研討會，這樣幾分？", "國際會議 3 次，研討會 2 場各 2 小時",
     [("domestic_seminar", 2, 2), ("international_meeting", 3, None)]),
    ("去年參加了國際會議和國內講習會，幾分？", "國際會議 1 次、講習會 2 場，每場 3 小時",
     [("domestic_seminar", 2, 3), ("international_meeting", 1, None)]),
])
def test_a_reply_gives_the_counts_of_the_activities_named(engine, question, reply, expected):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    name, args = _call(second)
    assert name == "tsa_credit_tally"
    assert sorted((x["kind"], x["count"], x.get("hours")) for x in args["activities"]) == sorted(expected)
