"""Classes of phrasing the fifteenth blind round broke (issue 9), each with new wording of our own:
a count gone through one by one with a role each, separated by spaces and introduced by 其中 / 另 / 但只有;
"but only N" / "但只有 N" narrowing a count, with "the other" / "其他" filling the rest; a stated total
before the figures it is made of (a check, never a figure); a numbered part naming no certificate
in a message about one."""

from __future__ import annotations

import pytest

from bot.parsing.text import enumerate_items
from tests.bot.conftest import TODAY


def _counts(a):
    return sorted((x["kind"], x.get("role"), x["count"]) for x in a.tool_calls[0].args["activities"])


# ------------------------------------------------------------------ one by one, each with its own role
@pytest.mark.parametrize(("question", "expected", "total"), [
    # space-separated, the second introduced by 另
    ("今年非SCI期刊刊出兩篇 一篇我是通訊作者 另一篇我只是掛名 這樣幾分",
     [("paper_non_sci", "corresponding", 1), ("paper_non_sci", "other", 1)], 35),
    # 其中 … 另 …, commas
    ("今年SCI論文兩篇，其中一篇是我一作，另一篇我排第二，外科積分多少？",
     [("paper_sci", "first", 1), ("paper_sci", "second", 1)], 60),
    # zh-CN, spaces
    ("今年非SCI发了两篇 一篇我二作 另一篇我是其他作者 外科学分怎么算",
     [("paper_non_sci", "other", 1), ("paper_non_sci", "second", 1)], 20),
    # 但只有 … 另 …
    ("今年非SCI兩篇但只有一篇是第一作者 另一篇是第三作者，外科積分幾分",
     [("paper_non_sci", "first", 1), ("paper_non_sci", "other", 1)], 35),
    # three, one by one
    ("今年非SCI三篇：一篇一作、一篇通訊、一篇其他作者，外科積分？",
     [("paper_non_sci", "corresponding", 1), ("paper_non_sci", "first", 1), ("paper_non_sci", "other", 1)], 60),
])
def test_a_count_gone_through_one_by_one_keeps_each_role(engine, question, expected, total):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "tsa_credit_tally"
    assert _counts(a) == sorted(expected)
    assert a.tool_calls[0].result["total"] == total


def test_ones_that_do_not_add_up_to_the_count_are_not_rewritten():
    # three said, two gone through: the subset reading decides, not the one-by-one rewrite
    text = "SCI 3篇 其中1篇一作 另1篇二作"
    assert enumerate_items(text) == text
    assert enumerate_items("年會 2 次，1 次 1 天、1 次 2 天") == enumerate_items("年會 2 次，1 次 1 天、1 次 2 天")


# ------------------------------------------------------------------ "but only N", then the rest
@pytest.mark.parametrize(("question", "expected"), [
    ("I have 2 non-SCI papers this year but only one as corresponding author, the other as a co-author. TSA credits?",
     [("paper_non_sci", "corresponding", 1), ("paper_non_sci", "other", 1)]),
    ("this year 3 SCI papers, of which one as first author, the other two as middle author — how many TSA points?",
     [("paper_sci", "first", 1), ("paper_sci", "other", 2)]),
    ("今年SCI 3篇，其中1篇我是通訊作者，其餘2篇是第四作者，外科積分多少",
     [("paper_sci", "corresponding", 1), ("paper_sci", "other", 2)]),
    ("今年非SCI论文4篇，其中1篇一作，剩下3篇都是其他作者，外科学分多少",
     [("paper_non_sci", "first", 1), ("paper_non_sci", "other", 3)]),
])
def test_a_part_carved_out_and_the_rest_said_make_the_whole(engine, question, expected):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert _counts(a) == sorted(expected)


@pytest.mark.parametrize("question", [
    "this year 2 SCI papers but just one as first author. TSA credits?",
    "今年SCI 3篇，但只有1篇是一作，外科積分幾分",
])
def test_but_only_narrows_the_count_and_the_rest_is_asked(engine, question):
    a = engine.answer(question, today=TODAY)
    # the papers not said to be first author are asked about, never all counted as first author
    assert a.route == "clarify", a.answer
    assert not a.tool_calls


@pytest.mark.parametrize("question", [
    "ablation: 190 cases, 10 yrs as specialist. I have 3 SCI papers but only one as corresponding author. eligible?",
    "tumour embo 320 cases, specialist 9 yrs, 2 SCI papers, of which 1 as first author. qualify as instructor?",
    "消融200例，專科10年，SCI 4篇但只有1篇是通訊作者，可以申請指導老師嗎",
])
def test_the_whole_of_a_first_author_part_is_accounted(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert [c.name for c in a.tool_calls] == ["tsir_instructor_eligibility"]
    assert a.tool_calls[0].args["sci_first_or_corresponding"] == 1


# ------------------------------------------------------------------ a stated total before its breakdown
@pytest.mark.parametrize(("question", "cme", "points"), [
    ("指導老師換證我總共有220分（教育積分160＋國外會議4次），夠了吧？", 160, 220),
    ("换证积分一共200分：放射教育积分140，出国开会4次60分，应该够吧", 140, 200),
    ("TSIR renewal: all told 230 points (180 radiology CME, 2 overseas congresses = 30, plus 1 domestic e-poster 15). enough?", 180, 225),
    ("instructor renewal — in total I have 215 points: 155 radiology CME and 4 international meetings. ok?", 155, 215),
])
def test_a_stated_total_is_a_check_not_a_figure(engine, question, cme, points):
    a = engine.answer(question, today=TODAY)
    if points == 225:  # the person's total (230) differs from the figures (225): asked, never computed on 230
        assert a.route == "clarify" or a.tool_calls[0].args["cme_points"] == cme
        assert not a.tool_calls or a.tool_calls[0].args["cme_points"] == cme
        return
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "tsir_renewal_check"
    assert a.tool_calls[0].args["cme_points"] == cme
    assert a.tool_calls[0].result["points"] == points


def test_a_stated_total_that_differs_is_asked_not_used(engine):
    a = engine.answer("指導老師換證我算共250分（教育積分150、國外會議4次），有過嗎", today=TODAY)
    assert not any(c.args.get("cme_points") == 250 for c in a.tool_calls)
    assert a.route == "clarify" or a.tool_calls[0].args["cme_points"] == 150


# ------------------------------------------------------------------ a numbered part naming no certificate
@pytest.mark.parametrize(("question", "doc"), [
    ("About my TSIR instructor cert: (1) points: 2 domestic lectures, 150 radiology CME; (2) it was issued 2022-03-01, "
     "when does the renewal window open?", "tsir-instructor"),
    ("指導老師證書兩個問題：1. 國外會議3次、教育積分160，換證夠嗎？2. 證書2021-09-30核發，何時可以申請？", "tsir-instructor"),
    ("Two things: (a) my TSA credits this year: annual meeting once, 3 monthly meetings; (b) certificate issued "
     "2021-06-30, when can I apply?", "tsa-cme"),
])
def test_a_part_naming_no_certificate_takes_the_other_parts_one(engine, question, doc):
    a = engine.answer(question, today=TODAY)
    window = [c for p in a.parts for c in p.tool_calls if c.name == "renewal_window"]
    assert window, a.answer
    assert {c.args["doc"] for c in window} == {doc}


# ------------------------------------------------------------------ a period between a technique and its count
@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("出血栓塞加UAE這六年共130台，專科10年，可以申請非腫瘤栓塞指導老師嗎", "non_tumor_embolization", 130),
    ("TACE近6年共320例，專科9年，能申請腫瘤栓塞指導老師嗎", "tumor_embolization", 320),
    ("RFA over the past 6 yrs 190, specialist for 9 years. can I be an ablation instructor?", "ablation", 190),
    ("PTA 这六年 140 台，专科 12 年，可以当血管介入指导老师吗", "vascular_intervention", 140),
    ("biopsy and drainage these 6 years 320 cases, boarded 10 yrs. eligible for instructor?", "localization_biopsy_drainage_pain", 320),
])
def test_a_period_between_the_technique_and_its_count_is_no_barrier(engine, question, domain, cases):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    call = a.tool_calls[0]
    assert call.args["domain"] == domain and call.args["cases_last_6_years"] == cases


# ------------------------------------------------------------------ years as a specialist, said other ways
@pytest.mark.parametrize(("question", "years"), [
    ("vascular: 150 PTAs, I'm 4 yrs out of boards. eligible as instructor?", 4),
    ("ablation 200 cases, only 5 years out of the boards — can I apply for instructor?", 5),
    ("tumor embo 350 cases but I'm just 2 yrs out of boards, instructor eligible?", 2),
    ("切片引流 320 例，但我放射專科才 7 年，可以當指導老師嗎", 7),
    ("PAE 和出血栓塞共 110 例，专科才 5 年，能申请指导老师吗", 5),
])
def test_years_as_a_specialist_said_other_ways(engine, question, years):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["years_as_specialist"] == years


# ------------------------------------------------------------------ technique words of a domain list
@pytest.mark.parametrize(("question", "cases"), [
    ("non-tumour embo: GI bleeders 60, BRTO 20, PARTO 10, embo for hemoptysis 15. 9 yrs specialist. enough?", 105),
    ("non-tumor embolization tally — bleeders 70, embo for pain 12, PAE 20; board-certified 11 yrs. qualify?", 102),
    ("非腫瘤栓塞：出血栓塞 60、BRTO 25、PARTO 20，專科 10 年，夠嗎", 105),
    ("embo for trauma 40, misc bleeders 50, UAE 15 — non-tumor domain, 12 yrs as specialist. eligible?", 105),
    ("non-tumor embo: upper GI bleeds 55, GAE 10, PSE 40, specialist 8 yrs, do I make 100?", 105),
])
def test_technique_words_of_the_non_tumour_domain_add_up(engine, question, cases):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    call = a.tool_calls[0]
    assert call.args["domain"] == "non_tumor_embolization" and call.args["cases_last_6_years"] == cases


# ------------------------------------------------------------------ a day of next month; a bare date replying
@pytest.mark.parametrize(("question", "app"), [
    ("我1962年3月3日出生，下個月1號送件，可以申請終身指導老師嗎", "2026-12-01"),
    ("born 1964-07-09, I plan to apply next month on the 15th. lifetime instructor certificate?", "2026-12-15"),
    ("我民國五十年五月五日生，這個月30號遞件，能拿終身指導老師證書嗎", "2026-11-30"),
    ("出生 1958/2/2，打算下个月10号申请，终身证书可以吗", "2026-12-10"),
    ("DOB 1966-01-20; applying the 3rd of next month — lifetime instructor cert ok?", "2026-12-03"),
])
def test_a_day_of_this_or_next_month_is_the_application_date(engine, question, app):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["application_date"] == app


@pytest.mark.parametrize(("question", "reply", "lifetime"), [
    ("我民國55年生，打算下個月1號送件，可以申請終身指導老師證書嗎？", "55年3月15日", True),
    ("我民國55年生，下個月5號送件，能申請終身指導老師嗎", "55年12月25日", False),
    ("I was born in 1966 and will apply next month on the 1st. lifetime instructor cert?", "1966-11-02", True),
])
def test_a_bare_date_in_the_reply_is_the_one_date_asked(engine, question, reply, lifetime):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert second.route == "calculator", second.answer
    assert second.tool_calls[0].result["lifetime_eligible"] is lifetime


# ------------------------------------------------------------------ own points named loosely
@pytest.mark.parametrize(("question", "cme"), [
    ("我1959年5月1日出生，2026年12月1日申請，積分只有40分，可以辦終身指導老師嗎？", 40),
    ("指導老師換證，我積分才 90，另外國外會議 2 次，夠不夠", 90),
    ("換證：我的学分目前 150，加上国内口头报告 2 次，够吗", 150),
    ("指導老師換證：學分大概 170，SCI 一作 1 篇，可以嗎", 170),
    ("instructor renewal: I have 130 points so far plus 2 overseas meetings — enough?", 130),
])
def test_own_points_named_loosely_are_the_radiology_points(engine, question, cme):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].name == "tsir_renewal_check" and a.tool_calls[0].args["cme_points"] == cme


# ------------------------------------------------------------------ a part at an overseas meeting happened abroad
@pytest.mark.parametrize(("question", "kind", "n"), [
    ("換證：國外會議去了3次，其中1次有上台口頭報告，教育積分150", "oral_or_eposter", 1),
    ("指導老師換證：出國開會4次，其中2次當座長，教育積分100，夠嗎", "lecturer_or_moderator", 2),
    ("instructor renewal: 3 overseas congresses, at 2 of them I gave an e-poster, plus 120 radiology CME. enough?", "oral_or_eposter", 2),
    ("换证：国外会议2次，其中1次有受邀演讲，教育积分150，够吗", "lecturer_or_moderator", 1),
    ("TSIR renewal: went to 4 international meetings, 1 of them as an invited speaker; 110 radiology CME points", "lecturer_or_moderator", 1),
])
def test_a_part_of_overseas_meetings_is_international(engine, question, kind, n):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    part = [x for x in a.tool_calls[0].args["activities"] if x["kind"] == kind]
    assert part == [{"kind": kind, "count": n, "scope": "international"}]


# ------------------------------------------------------------------ a sub-role inside a count
@pytest.mark.parametrize(("question", "kind", "n"), [
    ("這幾年國內介入研討會當講師3次，其中1次其實是當座長，教育積分100，換證夠嗎", "lecturer_or_moderator", 3),
    ("指導老師換證：國內 oral 2 次，其中 1 次其實是 e-poster，教育積分 120", "oral_or_eposter", 2),
    ("instructor renewal: lectured at 3 domestic IR meetings, one of them actually as moderator; 120 radiology CME. enough?",
     "lecturer_or_moderator", 3),
    ("换证：国内研讨会讲者2次，其中1次是座长，教育积分140，够不够", "lecturer_or_moderator", 2),
    ("TSIR renewal: 2 domestic e-posters (one of them was really an oral), 150 radiology CME — ok?", "oral_or_eposter", 2),
])
def test_a_sub_role_inside_a_count_is_one_of_it(engine, question, kind, n):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    items = [x for x in a.tool_calls[0].args["activities"] if x["kind"] == kind]
    assert len(items) == 1 and items[0]["count"] == n


# ------------------------------------------------------------------ a vague quantity is asked, then filled
@pytest.mark.parametrize(("question", "reply", "cases"), [
    ("vascular domain: 60 limb PTAs plus a bunch of dialysis access declots, 10 yrs as specialist. am I at 100?", "45", 105),
    ("ablation: RFA 120 and a handful of cryoablations, 9 yrs specialist, eligible?", "8", 128),
    ("非腫瘤栓塞：出血栓塞 70 例，還有一堆 PAE，專科 10 年，夠 100 嗎", "35", 105),
    ("tumor embo: TACE 250 plus lots of TAREs, specialist 9 years — do I reach 300?", "60", 310),
])
def test_a_vague_quantity_is_asked_then_filled(engine, question, reply, cases):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert any(m.startswith("vague") for m in first.missing)
    assert second.route == "calculator", second.answer
    assert second.tool_calls[0].args["cases_last_6_years"] == cases


# ------------------------------------------------------------------ per-person labels, a sum of one each
@pytest.mark.parametrize(("question", "grade"), [
    ("Facility self-selected, two techs. Tech 1 non-dense 362 / dense 350; Tech 2 non-dense 341 / dense 366. Facility grade?", "A"),
    ("facility self-selected: RT 1 non-dense 330 dense 345, RT 2 non-dense 338 dense 352 — grade?", "C"),
    ("Our facility's self-selected sets: Radiographer 1 non-dense 345 / dense 341; Radiographer 2 non-dense 350 / dense 339. grade?", "B"),
])
def test_a_person_named_by_number_heads_their_figures(engine, question, grade):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].result["grade"] == grade


@pytest.mark.parametrize(("question", "days"), [
    ("乳攝放射師2人，去年工作日數 300 + 300（含例假日），篩檢 11000 案，會被砍幾案？", [300, 300]),
    ("放射師三位，工作天數 365＋250＋200，去年篩檢 15000 案，有超過合理量嗎", [365, 250, 200]),
    ("合理量：放射師2名，上班 365 plus 180 天，去年篩檢 9000 案，超量嗎", [365, 180]),
])
def test_days_written_as_a_sum_are_one_each(engine, question, days):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["radiographer_work_days"] == days


@pytest.mark.parametrize(("question", "days"), [
    ("今年跑了兩個訓練基準有列的專科醫學會年會，一個開兩天，一個只有一天，外科積分可以拿幾分", [1, 2]),
    ("去年參加了兩個專科醫學會年會，一個只有一天，另一個開了三天，外科積分多少", [1, 3]),
    ("今年兩場專科醫學會年會：一場1天、一場2天，幾分", [1, 2]),
])
def test_a_count_before_its_noun_gone_through_one_by_one(engine, question, days):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert sorted(x.get("days") for x in a.tool_calls[0].args["activities"]) == days


# ------------------------------------------------------------------ 前一次 / 上一次: a designation, no count
@pytest.mark.parametrize("question", [
    "有一位判讀醫師，前一次審查已經叫他去判片座談會，這次陰性差異 16%、陽性 38%，怎麼處理",
    "上一次審查已經要求參加座談會，這次陽性複判差異 52%、陰性 6%，會怎樣",
    "判读医师上一次审查被要求去座谈会了，这次阳性 55%、阴性 5%，怎么办",
])
def test_the_previous_review_is_no_count(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert a.tool_calls[0].args["previously_required"] is True


def test_a_designation_keeps_its_numeral():
    from bot.parsing.text import Query

    assert "前一次" in Query("前一次審查已要求").text
    assert "上一次" in Query("上一次的年會也有去").text
    assert "下一次" in Query("下一次審查前參加").text
    assert "1次" in Query("月會一次").text
    assert "又上1次" in Query("ATLS 今年又上一次").text  # 上 the verb: a count


# ------------------------------------------------------------------ a rough figure, then the exact one
@pytest.mark.parametrize(("question", "cases"), [
    ("TACE這六年做了400多，正確是400例，但專科年資只有7年半，這樣行嗎", 400),
    ("RFA 兩百出頭，精確來說 212 例，專科 9 年，可以當消融指導老師嗎", 212),
    ("PTA 这六年 100 多，准确的数字是 118 例，专科 10 年，够吗", 118),
])
def test_a_rough_figure_then_the_exact_one(engine, question, cases):
    a = engine.answer(question, today=TODAY)
    assert a.tool_calls and a.tool_calls[0].args["cases_last_6_years"] == cases, a.answer


# ------------------------------------------------------------------ one person named in the singular
@pytest.mark.parametrize("question", [
    "Also one tech hit 551 this month — does that trigger the spot review on the van?",
    "mammo van: one radiographer did 560 screenings this month. spot review?",
    "one RT on our van logged 553 screens in October, is she flagged for spot review?",
])
def test_one_person_named_is_the_one_it_is_about(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    assert any(c.args.get("monthly_screenings") for c in a.tool_calls)


# ------------------------------------------------------------------ a rate, its label after a preposition
@pytest.mark.parametrize(("question", "pos", "neg"), [
    ("got my reread audit back: 45% discordance on the suspicious ones, 5% on the negatives. what do I have to do?", 45, 5),
    ("reread results: 12% disagreement among the negatives and 41% for the positives — what now?", 41, 12),
    ("reader's discrepancy: 8% on negative cases, 52% on suspected positive cases. consequences?", 52, 8),
])
def test_a_rate_takes_its_label_after_a_preposition(engine, question, pos, neg):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", a.answer
    args = a.tool_calls[0].args
    assert args["positive_discrepancy_pct"] == pos and args["negative_discrepancy_pct"] == neg
