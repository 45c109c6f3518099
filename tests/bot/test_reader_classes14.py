"""Classes of the fourteenth round where a sentence's numbers and words became wrong calculator arguments, or were asked
back though a reader would know them — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence. Confidently wrong first: a re-read rate named the way readers say it short (疑陽 for 疑似陽性) was taken as
the negative rate; one doctor's history, said by name in a two-doctor message, was applied to both."""

from __future__ import annotations

import pytest
from tests.bot.conftest import calculator_calls as _calls


# --- 1. the re-read rates named short: 疑陽 / 可疑陽 / a bare 陽 or 陰 before its rate (was confidently wrong) ----------------

@pytest.mark.parametrize(("question", "positive", "negative"), [
    ("複判差異：疑陽 47%、陰性 6%，這樣要怎麼辦？", 47, 6),
    ("复判：疑阳那组 52%，阴 8%，前次没有被要求，要停止判读吗？", 52, 8),
    ("複判結果 陽的 58%、陰的 9%，要上課嗎？", 58, 9),
    ("疑似陽那組差異 30%，陰性那組 12%，怎麼處理？", 30, 12),
    ("可疑陽 61%、陰性 4%，前次沒被要求，會停權嗎？", 61, 4),
    ("re-read: the positive side 44%, the negative side 7%. what happens?", 44, 7),
])
def test_a_rate_named_short_is_the_rate_it_names(ask, question, positive, negative):
    calls = _calls(ask(question))
    assert len(calls) == 1
    name, args = calls[0]
    assert name == "hpa_reread_action"
    assert args["positive_discrepancy_pct"] == positive
    assert args["negative_discrepancy_pct"] == negative


# --- 2. a yes/no fact said of one of several named items is that item's alone (was confidently wrong) --------------------

@pytest.mark.parametrize(("question", "owner", "value"), [
    ("Dr Lin: positive 57%, negative 8%; Dr Huang: positive 42%, negative 15%. Dr Huang was already required to attend "
     "the seminar at the last review.", 1, True),
    ("李医师 阳性 56% 阴性 9%，上次审查已被要求参加座谈会；周医师 阳性 40% 阴性 14%", 0, True),
    ("吳醫師上次有被要求參加座談會。許醫師 陽性 30% 陰性 9%；吳醫師 陽性 52% 陰性 16%", 1, True),
    ("張醫師 陽性 55% 陰性 10%；林醫師 陽性 40% 陰性 12%，林醫師前次審查沒有被要求", 1, False),
    ("兩位判讀醫師：蔡醫師 陽性 54% 陰性 7%、鄭醫師 陽性 44% 陰性 17%，鄭醫師前次就被要求去座談會了，各要怎麼做？", 1, True),
])
def test_a_fact_said_of_one_named_item_is_that_items_alone(ask, question, owner, value):
    calls = _calls(ask(question))
    assert [n for n, _ in calls] == ["hpa_reread_action", "hpa_reread_action"]
    assert calls[owner][1]["previously_required"] is value
    assert "previously_required" not in calls[1 - owner][1]


@pytest.mark.parametrize("question", [
    "王醫師 陽性 58% 陰性 9%；陳醫師 陽性 41% 陰性 16%，兩位上次都被要求參加座談會",
    "Dr Wang positive 58% negative 9%, Dr Chen positive 41% negative 16%; both were required to attend last time",
])
def test_a_fact_said_of_all_items_stays_every_items(ask, question):
    calls = _calls(ask(question))
    assert len(calls) == 2
    assert all(args.get("previously_required") is True for _, args in calls)


# --- 3. a figure restated is accounted as restated, not asked back; a second fact with the same count never vanishes ------

@pytest.mark.parametrize(("question", "scores"), [
    ("自選片兩組都 352：非緻密 352、緻密 352，評幾等？", {"non_dense": 352, "dense": 352}),
    ("self-selected: both 361 — non-dense 361 and dense 361. grade?", {"non_dense": 361, "dense": 361}),
    ("自选片两组都是 348（非致密 348、致密 348），评几等？", {"non_dense": 348, "dense": 348}),
    ("機構自選片：非緻密 355、緻密 355，兩組一樣都是 355，評等？", {"non_dense": 355, "dense": 355}),
    ("my two self-selected sets both came out at 344 (non-dense 344, dense 344) — what grade?", {"non_dense": 344, "dense": 344}),
])
def test_one_figure_said_of_both_sets_then_each_is_a_restatement(ask, question, scores):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_image_grade"
    assert calls[0][1]["scores"] == scores
    assert any("只計一次" in u or "counted once" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "people"), [
    ("乳攝車可以報備 3 個放射師嗎？我們想排 3 位輪班", 3),
    ("乳摄车想登记 5 名放射师，5 位轮流上车可以吗？", 5),
    ("巡迴車報備 4 名放射師，排班也是 4 人輪流，可以嗎？", 4),
])
def test_the_same_people_counted_again_is_a_restatement(ask, question, people):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_radiographer_volume"
    assert calls[0][1]["radiographers_on_van"] == people
    assert any("只計一次" in u or "counted once" in u for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "今年月會 2 次、讀書會 2 次，可以拿幾分？",
    "this year: 2 monthly meetings and 2 journal clubs, credits?",
])
def test_a_second_activity_with_the_same_count_never_vanishes(ask, question):
    a = ask(question)
    if a.route == "calculator":
        # read as two facts, or the unknown one named in unused — never silently merged with the first
        acts = a.tool_calls[0].args["activities"]
        assert len(acts) >= 2 or a.unused, (acts, a.unused)
    else:
        assert a.route == "clarify"
        assert not any("只計一次" in u or "counted once" in u for u in a.unused)


def test_two_activities_with_the_same_count_are_two_facts(ask):
    calls = _calls(ask("今年月會 2 次、院外研討會 2 次（每次 2 小時），可以拿幾分？"))
    kinds = sorted((x["kind"], x["count"]) for x in calls[0][1]["activities"])
    assert kinds == [("domestic_seminar", 2), ("tsa_monthly_meeting", 2)]


# --- 4. a guessed line or a line asked is no figure: unused with its reason, never a list item, never asked back ---------

@pytest.mark.parametrize(("question", "scores"), [
    ("抽選片 330、341、352，平均應該超過 340 吧？評幾等", [330, 341, 352]),
    ("sampled films 350, 362 and 371 — the average is probably over 360, right? grade?", [350, 362, 371]),
    ("抽选片 300、315、322，平均应该不到 320 吧，要停止摄影吗？", [300, 315, 322]),
    ("抽選片 3 張：318、333、329，感覺平均低於 330 吧？", [318, 333, 329]),
    ("sampled: 345, 352, 349. I think the mean is under 350 — grade?", [345, 352, 349]),
])
def test_a_guessed_average_is_no_score(ask, question, scores):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_image_grade"
    assert calls[0][1]["scores"] == scores
    assert any("猜測" in u or "guess" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "tool"), [
    ("阳性 62%、阴性 8%，前次没有被要求，应该超过 60% 吧？会停止判读吗？", "hpa_reread_action"),
    ("追蹤完成率 68%，扣款應該在 10% 以下吧？補助 200 萬", "hpa_followup_deduction"),
    ("今年月會 5 次、年會 1 次，應該有超過 100 分吧？", "tsa_credit_tally"),
    ("positive 58%, negative 6%, probably under 60% so fine? not required last time", "hpa_reread_action"),
    ("民國56年4月3日生，116/5/1 送件，滿60了沒？教育積分 220，可以申請終身指導老師嗎？", "tsir_renewal_check"),
])
def test_a_guessed_or_asked_line_is_unused_with_its_reason(ask, question, tool):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == tool
    assert any("猜測" in u or "guess" in u for u in a.unused), a.unused
    assert not a.missing


# --- 5. a value word for a group ("整年", "full year") with the figures written one per person: the figures, read once ----

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("兩位合格放射師今年都整年在（365天、365天），全年篩了 14500 案，超量嗎？", [365, 365], 14500),
    ("两位放射师都是全年（366 天、366 天），一年 13000 例，超量吗？", [366, 366], 13000),
    ("Two qualified techs, both full year (365 d, 365 d), 14,500 screenings this year — over?", [365, 365], 14500),
    ("三位放射師整年都在（365 天、365 天、365 天），全年 19000 案，超量嗎？", [365, 365, 365], 19000),
    ("放射師 2 名，全年工作日 366 天和 366 天（閏年含例假日），一年篩檢 12,800 例，有沒有超量？", [366, 366], 12800),
])
def test_figures_written_per_person_restate_the_value_word(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume"
    assert calls[0][1]["radiographer_work_days"] == days
    assert calls[0][1]["annual_screenings"] == screenings


def test_figures_that_do_not_match_the_people_said_are_still_asked(ask):
    # three figures for two people: no pick, asked (the rule stays: a misreading becomes a question)
    a = ask("兩位放射師都整年在（365 天、365 天、200 天），全年 12000 案，超量嗎？")
    assert a.route == "clarify"


# --- 6. a classifier agrees with its noun: "這次年會我投了 5 篇 poster" — 5 posters, one meeting (這次 is no count) ---------

@pytest.mark.parametrize(("question", "posters"), [
    ("這次年會我投了4篇poster全部都是我自己第一作者，年會本身也有報到，總共可以拿多少？", 4),
    ("这次年会我贴了3张poster，都是第一作者，年会也有报到，能拿几分？", 3),
    ("年會那次我發了 2 篇 oral，都是一作，也有去報到，可以拿多少？", 2),
    ("這次外科年會我上台報了 2 篇口頭報告都是一作，年會也有報到，幾分？", 2),
    ("上次年會我貼了3張壁報，都是第一作者，年會也有去，積分多少？", 3),
])
def test_a_classifier_counts_the_noun_it_stands_before(ask, question, posters):
    calls = _calls(ask(question))
    kinds = sorted((x["kind"], x.get("count")) for x in calls[0][1]["activities"])
    assert kinds == sorted([("presentation", posters), ("tsa_annual_meeting", 1)])


def test_counts_after_each_kind_still_go_to_that_kind(ask):
    # the other half: "月會去了3次年會1次" — a count right after its kind's word is that kind's, whatever follows
    calls = _calls(ask("今年月會去了3次年會1次，幾分？"))
    kinds = sorted((x["kind"], x.get("count")) for x in calls[0][1]["activities"])
    assert kinds == [("tsa_annual_meeting", 1), ("tsa_monthly_meeting", 3)]


# --- 7. an approximate figure ("~", 約, 大概…左右, about, -ish) is read as said, the approximation stated ----------------------

@pytest.mark.parametrize(("question", "tool", "value"), [
    ("消融最近六年大約 320 例，專科 9 年，可以申請消融指導老師嗎？", "tsir_instructor_eligibility", 320),
    ("RFA ~320 cases in the last 6 years, specialist 9 yrs, can I apply for the ablation instructor cert?",
     "tsir_instructor_eligibility", 320),
    ("追蹤完成率約 72%，補助 200 萬，扣多少？", "hpa_followup_deduction", 72),
    ("今年月會大概 6 次左右，年會 1 次，幾分？", "tsa_credit_tally", 6),
    ("follow-up completion about 64%, subsidy 1.5 million — how much is deducted?", "hpa_followup_deduction", 64),
])
def test_an_approximate_figure_is_read_with_the_approximation_stated(ask, question, tool, value):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == tool
    args = calls[0][1]
    got = args.get("cases_last_6_years") if tool == "tsir_instructor_eligibility" else \
        args.get("completion_rate_pct") if tool == "hpa_followup_deduction" else \
        next(x["count"] for x in args["activities"] if x["kind"] == "tsa_monthly_meeting")
    assert got == value
    assert any("約略" in s or "approximate" in s for s in a.assumptions), a.assumptions


# --- 8. a breakdown in brackets of the count before it ("4 talks (2 in TW, 2 abroad)") is that count's parts --------------

@pytest.mark.parametrize("question", [
    "only ~60 ablations so far, but I have given 4 invited talks on ablation at IR meetings (2 in Japan, 2 in Korea). "
    "specialist 6 yrs. can I apply for the ablation instructor cert?",
    "3 lectures on TACE at IR meetings (1 in Taipei, 2 in Osaka), 250 TACE cases last 6 yrs, specialist 10 yrs — eligible?",
])
def test_a_bracketed_breakdown_of_a_count_adds_to_no_other_figure(ask, question):
    a = ask(question)
    calls = _calls(a)
    args = calls[0][1]
    assert calls[0][0] == "tsir_instructor_eligibility"
    assert args["cases_last_6_years"] in (60, 250)
    assert args["lectures_in_domain"] in (3, 4)
    assert any("細分" in u or "breakdown" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "expected"), [
    ("去年出國開會 3 次（2 次東京、1 次首爾），月會 4 次，幾分？",
     [("international_meeting", 3), ("tsa_monthly_meeting", 4)]),
    ("去年出国开会 4 次（3 次在日本、1 次在韩国），月会 2 次，几分？",
     [("international_meeting", 4), ("tsa_monthly_meeting", 2)]),
])
def test_a_bracketed_breakdown_of_meetings_is_no_more_meetings(ask, question, expected):
    calls = _calls(ask(question))
    kinds = sorted((x["kind"], x.get("count")) for x in calls[0][1]["activities"])
    assert kinds == sorted(expected)


@pytest.mark.parametrize("question", [
    "換證：國外介入會議 4 次（2 次 CIRSE、2 次 JSIR），教育積分 100，夠嗎？",
    "instructor renewal: 3 overseas IR meetings (2 at CIRSE, 1 at SIR), radiology CME 120 — enough?",
])
def test_named_meetings_in_brackets_going_through_the_count_are_no_more_meetings(ask, question):
    calls = _calls(ask(question))
    acts = calls[0][1]["activities"]
    assert sum(x.get("count", 1) for x in acts if x["kind"] == "international_meeting_attendance") in (3, 4)
