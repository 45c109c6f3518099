"""Seventeenth round's reader classes, each with phrasings written for the class (not the eval questions' words)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import reader_call


# ------------------------------------------------------------------ the previous review as the one who sent the person
@pytest.mark.parametrize("question", [
    "上回審查有讓我們醫師去上判片座談會，這回陰性差異 17%，陽性 20%，結果？",
    "之前的後續審查就請我去參加示範醫院座談會了，這次陽性 53%、陰性 6%，會被怎樣",
    "上次审查已经安排我们参加判片座谈会，这次阴性复判差异 16%，阳性 31%，会怎样？",
])
def test_previous_review_sending_the_person_is_previously_required(question):
    e = reader_call(question, "hpa_reread_action")
    assert e.args["previously_required"] is True
    assert e.complete


@pytest.mark.parametrize("question", [
    "前次審查座談會那件事我沒印象，這次陽性 55%、陰性 3%，會怎樣？",
    "At the last review there was some talk about the seminar; now positive 56% and negative 4%. What happens?",
    "上次我要去參加座談會但後來沒去成，這次陽性 30%，陰性 16%",
])
def test_previous_review_named_but_not_read_either_way_is_asked_where_it_decides(question):
    e = reader_call(question, "hpa_reread_action")
    assert "previously_required" not in e.args
    assert [n.key for n in e.needs] == ["previously_required"]


def test_previous_review_named_is_not_asked_where_it_changes_nothing():
    e = reader_call("前次審查的座談會我記不得了，這次陽性 42%、陰性 9%，會怎樣？", "hpa_reread_action")
    assert e.complete and "previously_required" not in e.args


def test_confidently_wrong_previous_review_gives_the_stop_and_suspend_tier(ask):
    a = ask("前一次後續審查已經叫我們的判讀醫師去上座談會，這次疑似陽性複判差異 57%，陰性 5%，結果？")
    assert a.route == "calculator"
    assert a.tool_calls[0].result["tier"] == "stop_and_suspend"


# ------------------------------------------------------------------ numbers that name, not count
@pytest.mark.parametrize(("question", "key", "value"), [
    # a category said beside a date, with a line word far off in the same clause
    ("category 4 screened Oct 3 2026 - what's the cut-off date for the biopsy to count as done?", "category", 4),
    ("BI-RADS 0 on 2026/9/15, when is the deadline line for the recall?", "category", 0),
])
def test_a_category_is_no_line_the_question_asks_about(ask, question, key, value):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args[key] == value


@pytest.mark.parametrize("question", [
    "今年 category 0、3、4、5 的個案 250 人，完成 190 人，補助 300 萬，扣多少",
    "Our BI-RADS 0, 3, 4 and 5 cases this year: 250, and 190 completed follow-up. Subsidy 3,000,000 — deduction?",
    "疑似陽性(0/3/4/5) 共 250 人，追蹤完成 190 人，年度補助 300 萬，扣款多少？",
])
def test_a_list_of_categories_names_the_cases_counted(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args == {"suspected_positive_cases": 250, "completed_cases": 190, "annual_subsidy": 3000000}


def test_a_list_of_categories_where_a_category_is_an_input_is_never_passed_over(ask):
    a = ask("category 3/4 篩檢日 2026/10/1 什麼時候要完成？")
    assert sorted(c.args["category"] for c in a.tool_calls) == [3, 4] or a.route == "clarify"


@pytest.mark.parametrize("question", [
    "3 qs about our van: (1) 2 RTs aboard and 95 screens today, over? (2) one of them did 530 in November, over the monthly cap? (3) will HPA pull her films?",
    "2 quick q's: a) 3 techs on the van, 110 screens today — over? b) a tech did 560 this month — spot check?",
])
def test_a_count_of_questions_in_short_is_framing(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert all(not m.startswith("unread:") for m in a.missing)


@pytest.mark.parametrize(("question", "months"), [
    ("今年 9-11 月到美國 MD Anderson 進修 3 個月，可以拿幾分", 3),
    ("我去年到德國進修兩個月，7月到8月，外科學會積分幾分？", 2),
])
def test_the_months_a_period_runs_restate_its_length(ask, question, months):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["activities"][0]["months"] == months


def test_a_month_range_that_disagrees_with_the_length_is_asked_about(ask):
    a = ask("去年到日本短期進修兩個月，3月到6月，積分多少？")
    assert a.route == "clarify" and a.tool_calls == []


# ------------------------------------------------------------------ a figure said again as its exact value
@pytest.mark.parametrize("question", [
    "RFA 大約 200 例，精確來說 200 例，專科 8 年，消融指導老師夠嗎",
    "PTA around 150 (to be exact, 150), specialist 7 years — enough for the vascular instructor?",
])
def test_the_exact_figure_after_an_approximate_one_restates_it(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["cases_last_6_years"] in (200, 150)


@pytest.mark.parametrize("question", [
    "six years: 120, 100, 90, 110, 100, 80 — 600 exactly, renew?",
    "六年分別 120、100、90、110、100、80，剛好 600，可以展延嗎",
])
def test_an_exact_total_of_the_figures_listed_is_their_own_total(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].result["total"] == 600


def test_an_exact_figure_that_differs_is_the_fact(ask):
    # (round 43, en43: the bracket that says it is exact — "actually", "exact:", "實際" — gives the fact, the approximate
    # figure before it is set aside, said so; was asked about. A bracket that merely differs, with no such word, is still
    # asked: tests/bot/test_zhhpa40.py, "大概六成八（72%）")
    a = ask("RFA about 200 (actually 203), specialist 8 yrs, ablation instructor?")
    assert a.route == "calculator" and a.tool_calls[0].args["cases_last_6_years"] == 203


# ------------------------------------------------------------------ a count of screenings is never an image score
@pytest.mark.parametrize("question", [
    "a tech did 560 this month — spot check?",
    "one of our techs did 560 screenings this month - will HPA spot check her films?",
    "my mammo tech shot 530 mammos in October, are her films going to be pulled?",
])
def test_a_count_of_screenings_is_the_radiographers_volume_not_a_score(ask, question):
    a = ask(question)
    assert all(c.name != "hpa_image_grade" for c in a.tool_calls), a.answer
    if a.route == "calculator":
        assert a.tool_calls[0].name == "hpa_radiographer_volume"


# ------------------------------------------------------------------ subsets and roles
@pytest.mark.parametrize(("question", "speaker"), [
    ("今年月會參加了 5 次，其中一次由我報告，共幾分？", 1),
    ("今年月會去了六次，有兩次是我報告的，總共多少積分", 2),
])
def test_the_person_reporting_at_a_monthly_meeting_is_its_speaker(question, speaker):
    e = reader_call(question, "tsa_credit_tally")
    kinds = {a["kind"]: a["count"] for a in e.args["activities"]}
    assert kinds.get("tsa_monthly_speaker") == speaker


def test_a_report_denied_is_no_speaker():
    e = reader_call("今年月會 4 次，壁報 1 篇不是我報告的，我是第三作者，幾分", "tsa_credit_tally")
    assert "tsa_monthly_speaker" not in {a["kind"] for a in e.args["activities"]}


@pytest.mark.parametrize(("question", "total"), [
    ("oral 3 篇 我只是共同作者 不是我報告的，今年還去了年會一次，幾分？", 60),
    ("2 posters this year but I'm only third author, wasn't the presenter - any credit? plus one monthly meeting", 20),
])
def test_a_count_whose_role_is_denied_stands_with_that_role(ask, question, total):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].result["total"] == total
    assert any(x.get("role") == "other" for x in a.tool_calls[0].args["activities"])


@pytest.mark.parametrize("question", [
    "SCI this year: 3 as first author, 1 of which was a case report, and 2 as corresponding — credits?",
    "non-SCI: 2 as corresponding author (1 of them a case report) and 1 as first author, TSA credits?",
])
def test_a_part_taken_after_the_wholes_own_words_splits_it(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert any(x.get("case_report") for x in a.tool_calls[0].args["activities"])


def test_the_rate_pointed_at_in_a_question_is_the_rules(ask):
    a = ask("我在澎湖的醫院，今年月會去了四次，其中一次是我報告，加倍後幾分？講者的那20分也加倍嗎")
    assert a.route == "calculator", a.answer


# ------------------------------------------------------------------ lists of technique counts beside a period in years
@pytest.mark.parametrize(("question", "cases", "years"), [
    ("RFA 90例、MWA 40例、冷凍 12 例，當專科醫師 12 年了，消融指導老師夠不夠", 142, 12),
    ("近六年射频消融 80 例、微波 30 例、PEI 20 例，专科 20 年，消融指导老师还差多少", 130, 20),
    ("TACE 150 cases, TARE 12, specialist for 12 years — tumor embolization instructor?", 162, 12),
])
def test_a_technique_count_of_the_same_value_as_the_years_is_a_case_count(ask, question, cases, years):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["cases_last_6_years"] == cases
    assert a.tool_calls[0].args["years_as_specialist"] == years


# ------------------------------------------------------------------ variant characters and spoken numerals
@pytest.mark.parametrize(("question", "key", "value"), [
    ("閲片系統 78 分，其他四項都 90，這台幾等？", "reading_system", 78),
    ("品管實測壓迫才七十五啦，其他四項都八十八喔，這台幾等", "compression", 75),
    ("照野七十二ㄛ，其他都九十，這台乳攝儀評等？", "field_alignment", 72),
])
def test_variant_characters_and_numerals_before_a_particle_are_read(question, key, value):
    e = reader_call(question, "hpa_qc_grade")
    assert e.args["scores"][key] == value


@pytest.mark.parametrize(("text", "read"), [
    ("壓迫才七十五啦，其他都八十八喔", "壓迫才75啦,其他都88喔"),
    ("閲片説明", "閱片說明"),
    ("一了百了", "一了百了"),
    ("十全十美啦", "十全十美啦"),
])
def test_the_text_the_readers_see(text, read):
    import datetime as dt

    from bot.parsing.text import Query
    assert Query(text, dt.date(2026, 12, 2)).text == read


# ------------------------------------------------------------------ work-day lists: remarks, brackets, bare 天數
@pytest.mark.parametrize(("question", "days"), [
    ("三位放射師工作天數：甲 365 天、乙 200 天（年中到職）、丙 150 天，今年篩檢 9,000 件，超量嗎", [365, 200, 150]),
    ("our site has 3 techs. Amy worked 365 days, Ben 240 days (joined in May), Cat 120 days; 10,000 screenings this year — over?",
     [365, 240, 120]),
    ("我們有 2 位放射師（365、200），今年篩檢 7000 案，超量嗎", [365, 200]),
    ("three RTs (365/300/120) and 12,000 screens this year, are we over the reasonable volume?", [365, 300, 120]),
    ("兩位合格放射師，天數 365、180，今年篩檢 8,000 件，有超量嗎", [365, 180]),
])
def test_each_radiographers_days_are_read(question, days):
    e = reader_call(question, "hpa_facility_volume")
    assert e.args.get("radiographer_work_days") == days, e.needs


def test_fewer_figures_in_brackets_than_people_said_are_asked():
    e = reader_call("我們有 3 位放射師（365、200），今年篩檢 7000 案，超量嗎", "hpa_facility_volume")
    assert "radiographer_work_days" not in e.args
    assert [n.key for n in e.needs] == ["radiographer_work_days"]


@pytest.mark.parametrize("question", [
    "我這個月做了480個乳攝，沒超吧？",
    "這個月我拍了 510 個乳攝，有超嗎",
])
def test_a_months_count_asked_short_is_the_radiographers_volume(ask, question):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "hpa_radiographer_volume"


# ------------------------------------------------------------------ a figure the person says they lack, a line they sit on
@pytest.mark.parametrize(("question", "key"), [
    ("negative discrepancy 18%, no data for the positive cases — what happens?", "negative_discrepancy_pct"),
    ("陰性複判差異 12%，陽性這次沒抽到，會怎樣？", "negative_discrepancy_pct"),
    ("陽性複判差異 45%，陰性沒有資料，要參加什麼嗎", "positive_discrepancy_pct"),
])
def test_the_other_rate_said_not_to_exist_is_not_asked(ask, question, key):
    a = ask(question)
    assert a.route == "calculator", a.answer
    assert list(a.tool_calls[0].args) == [key]
    assert any("更嚴格" in x or "stricter" in x for x in a.assumptions)


@pytest.mark.parametrize("question", [
    "陰性複判差異 16%，會怎樣？",
    "陽性複判差異 45%，陰性的還沒出來，要參加什麼嗎",  # a figure not at hand yet exists: asked
    "negative discrepancy 18%, the positive rate isn't back yet — what happens?",
])
def test_the_other_rate_missing_or_not_yet_at_hand_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify"


@pytest.mark.parametrize(("question", "scores"), [
    ("自選片 非緻密型 361、緻密型 360，剛好卡 360，是A嗎？", {"non_dense": 361, "dense": 360}),
    ("抽選片平均 340，剛好卡在 340，是B嗎", [340]),
])
def test_the_line_a_figure_sits_on_is_no_figure(question, scores):
    e = reader_call(question, "hpa_image_grade")
    assert e.args["scores"] == scores


# ------------------------------------------------------------------ the spot review asked about is the month's count's question
@pytest.mark.parametrize("question", [
    "our van has 2 RTs registered; one of them has been really busy this month — will HPA spot-check her films?",
    "這個月乳攝車上那位放射師做超多，會不會被抽片審查？",
])
def test_the_spot_review_asked_without_a_count_asks_the_months_count(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer
    assert a.tool_calls == []
    assert all(c.name != "hpa_image_grade" for c in a.tool_calls)


def test_the_sampled_films_with_their_scores_are_still_graded(ask):
    a = ask("國健署抽了我去年拍的片子，抽片分數 350、362，評等？")
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_image_grade"


# ------------------------------------------------------------------ a question back for image scores cites how they are taken
@pytest.mark.parametrize(("question", "clause"), [
    ("Our facility's sampled films were graded by HPA — 6 films. What grade do we get?", "hpa-mammo/2.3.1.n2"),
    ("醫院的自選片：非緻密型最好一組 358，緻密型還沒出來，機構評等？", "hpa-mammo/2.3.1.n1"),
    ("我的抽選片被評了，幾等？", "hpa-mammo/2.1.2.2.1.n2"),
])
def test_the_scores_asked_cite_how_they_are_taken(ask, question, clause):
    a = ask(question)
    assert a.route == "clarify", a.answer
    assert clause in [c.id for c in a.citations]


# ------------------------------------------------------------------ subspecialty meetings: named in brackets, said as 次專科
@pytest.mark.parametrize(("question", "count", "days"), [
    ("今年参加了两场专科医学会年会，都只开一天（一个乳房外科、一个小儿外科），能拿多少？", 2, 1),
    ("今年去了 2 場次專科年會，都開兩天（胸腔外科、整形外科），積分？", 2, 2),
    ("今年去了兩個次專科年會，都開兩天，積分？", 2, 2),
    ("今年參加次專科的年會 1 次，兩天", 1, 2),
])
def test_subspecialty_meetings_named_or_said_short_are_53s(question, count, days):
    e = reader_call(question, "tsa_credit_tally")
    assert e.args["activities"] == [{"kind": "specialty_annual_meeting", "count": count, "year": 2026, "days": days}]


def test_the_tsas_own_annual_meeting_is_still_its_own():
    e = reader_call("今年外科醫學會年會去了 1 次", "tsa_credit_tally")
    assert e.args["activities"][0]["kind"] == "tsa_annual_meeting"


# ------------------------------------------------------------------ an age approached is no age reached
@pytest.mark.parametrize("question", [
    "I'm almost 60, can I get the lifetime instructor certificate?",
    "我快滿60歲，可以直接申請終身指導老師嗎",
])
def test_an_age_approached_asks_the_birth_date(question):
    e = reader_call(question, "tsir_renewal_check")
    assert "birth_date" in [n.key for n in e.needs]


# ------------------------------------------------------------------ one of a radiographer's two sets given: the other asked
@pytest.mark.parametrize("question", [
    "my self-selected: one set scored 352, what's my grade?",
    "自選片有一組是 348 分，我會拿幾等？",
])
def test_one_of_two_self_selected_sets_asks_the_other(ask, question):
    a = ask(question)
    assert a.route == "clarify", a.answer
    assert a.missing and a.missing[0].startswith("scores")
    assert a.tool_calls == []


def test_the_other_set_in_the_reply_completes_the_grade(engine):
    from tests.bot.conftest import ask_and_reply
    first, second = ask_and_reply(engine, "自選片有一組是 348 分，我會拿幾等？", "另一組 361")
    assert second.route == "calculator", second.answer
    assert second.tool_calls[0].result["score_used"] == 348


# ------------------------------------------------------------------ a certificate said short after whose it is
@pytest.mark.parametrize(("question", "doc"), [
    ("我的介入指導老師證是 2020/8/3 核發的，什麼時候到期？", "tsir-instructor"),
    ("我的外科專科醫師證 2022/3/1 拿到的，何時到期？", "tsa-cme"),
])
def test_a_certificate_said_short_is_the_renewal_windows(question, doc):
    e = reader_call(question, "renewal_window")
    assert e.complete and e.args["doc"] == doc and "issue_date" in e.args


# ------------------------------------------------------------------ one of the staff named in the singular is who, not how many
def test_one_tech_named_is_the_person_asked_about_not_a_head_count():
    e = reader_call("Van crew: 3 RTs, 128 screens on Sunday — over the daily cap? Also one tech did 556 this month, spot review?",
                    "hpa_radiographer_volume")
    assert e.args["radiographers_on_van"] == 3 and e.args["monthly_screenings"] == 556
    assert not e.needs


def test_one_tech_named_alone_gives_her_months_count():
    e = reader_call("Also one tech hit 557 this month — does that trigger the spot review on the van?", "hpa_radiographer_volume")
    assert e.args == {"monthly_screenings": 557}
