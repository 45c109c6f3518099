"""Classes of the eleventh round where the reader read a number wrongly or not at all — each tested with wording of its
own (zh-TW, zh-CN, en), never the bank's sentence. Confidently wrong first: a line the person compares against
(平均差一點點到360, 離 600 還差, just short of 360) joined the list of scores. Then: a count of the figures said before or
after them (三張抽片…, 349、356 兩張), a label written right after each figure of a pair (38% positive / 6% negative), a
length in years and months (8年又3個月, 7 yrs 10 mos, eight and a half years), a Chinese count opening the message before
個, one value given to items named in brackets (其他幾項（劑量、壓迫…）都90), a summary of items each given anyway (the rest
all 90+ (dose 93, …)), a head count and then how many of them did what (two worked 365 days, one 146), technicians
counted as staff (兩位技術師). Each class keeps its guard: what does not add up is asked, never computed on."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply

from bot.parsing.numbers import find_quantities, normalize_numerals
from bot.reader.mentions import target_of


def _call(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return a.tool_calls[0].args


# --- 1. a line compared against is no figure of the list (was confidently wrong) ------------------------------------------

@pytest.mark.parametrize(("question", "scores", "line"), [
    ("我的抽選片 355、362、358，平均離 360 還差一點，是 B 嗎？", [355, 362, 358], "360"),
    ("sampled films 358, 361 and 357 — average just short of 360, so B?", [358, 361, 357], "360"),
    ("抽片三张 350、362、365，平均接近360，算A吗", [350, 362, 365], "360"),
    ("my sampled scores were 352, 368 and 359, close to 360 on average. grade?", [352, 368, 359], "360"),
    ("抽選片成績 341、338、352，平均距離 340 不遠吧，幾等？", [341, 338, 352], "340"),
])
def test_a_line_compared_against_is_set_aside_not_a_score(ask, question, scores, line):
    a = ask(question)
    args = _call(a)
    assert args["scores"] == scores
    assert any(line in u for u in a.unused), a.unused


def test_a_total_to_reach_is_no_yearly_figure(ask):
    a = ask("六年積分 120、100、90、110、80、60，離 600 還差多少？")
    assert _call(a)["yearly_credits"] == [120, 100, 90, 110, 80, 60]
    assert any("600" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("text", "number", "is_target"), [
    ("平均差一點點到360", "360", True),
    ("離 600 還差一截", "600", True),
    ("a point shy of 85", "85", True),
    ("still 20 away from 600", "600", True),
    ("距離上次審查 8 個月", "8", False),  # a length of time is no line
    ("抽片 360、358", "360", False),
    ("I reached 200 points", "200", False),
])
def test_what_a_target_is(text, number, is_target):
    at = text.index(number)
    assert target_of(text, at, at + len(number)) is is_target


# --- 2. how many figures, said before or right after them ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "scores"), [
    ("Three sampled films came back 352, 361 and 358 — what grade?", [352, 361, 358]),
    ("三張抽片 360、358、361，幾等？", [360, 358, 361]),
    ("抽選片 349、356 兩張，平均是B嗎", [349, 356]),
    ("sampled 355 and 347 (2 films), grade?", [355, 347]),
    ("Two sampled images scored 351 and 362. avg is 356.5 — grade?", [351, 362]),
])
def test_a_count_of_the_figures_is_how_many(ask, question, scores):
    assert _call(ask(question))["scores"] == scores


@pytest.mark.parametrize("question", ["抽選片 349、356 三張，平均是B嗎", "Two sampled films scored 352, 361 and 340 — grade?"])
def test_a_count_that_does_not_match_the_figures_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, [t.args for t in a.tool_calls])


# --- 3. each figure's label right after it: the label of one is not the next one's -----------------------------------------

@pytest.mark.parametrize(("question", "pos", "neg"), [
    ("re-read discrepancy 41% positive / 9% negative, what now?", 41, 9),
    ("複判差異 45% 陽性／12% 陰性，要怎麼處理？", 45, 12),
    ("复判差异 52%阳性、8%阴性，需要做什么", 52, 8),
    ("discrepancy 55% positive vs 10% negative — what action?", 55, 10),
    ("our reader: 47% positive, 5% negative discrepancy. action?", 47, 5),
])
def test_labels_after_their_figures_pair_up(ask, question, pos, neg):
    args = _call(ask(question))
    assert (args["positive_discrepancy_pct"], args["negative_discrepancy_pct"]) == (pos, neg)


# --- 4. a length in years and months is one length --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("專科是8年又3個月", 8.25),
    ("7 yrs 10 mos", 7 + 10 / 12),
    ("2 years and 4 months", 2 + 4 / 12),
    ("8 年 6 個月", 8.5),
])
def test_years_and_months_are_one_quantity(text, value):
    q = find_quantities(normalize_numerals(text))
    assert len(q) == 1 and q[0].unit == "年" and abs(q[0].value - value) < 1e-9


def test_years_and_months_of_two_facts_stay_two():
    assert [q.unit for q in find_quantities("專科 8 年、進修 3 個月")] == ["年", "個月"]


@pytest.mark.parametrize(("question", "years"), [
    ("I've been a radiology specialist for 7 yrs 10 mos and did 120 UAE in the last 6 years. Non-tumour embolization instructor?", 7.83),
    ("专科 8 年零 6 个月，近六年 UAE 110 例，可以申请非肿瘤栓塞指导老师吗", 8.5),
    ("Board certified for eight and a half years, 105 UAE in the last six years — non-tumor embolization instructor OK?", 8.5),
    ("專科7年11個月，近6年非腫瘤栓塞120例，夠格嗎", 7.92),
])
def test_specialist_years_in_years_and_months(ask, question, years):
    assert _call(ask(question))["years_as_specialist"] == years


def test_a_mission_in_years_and_months_is_its_months(ask):
    args = _call(ask("I did an overseas medical mission for 1 year and 3 months; my six-year credits are 90, 80, 100, 70, 60, 80. "
                     "Enough to renew?"))
    assert args["overseas_mission_months"] == 15


# --- 5. a Chinese count opening the message before 個 ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [
    ("一百二十個疑似陽性個案", "120個疑似陽性個案"),
    ("兩百個案子", "200個案子"),
    ("九十個", "90個"),
])
def test_a_chinese_count_at_the_start_before_ge_is_a_digit(text, read):
    assert normalize_numerals(text) == read


@pytest.mark.parametrize(("question", "total", "done"), [
    ("一百五十個疑似陽性，追完一百一十個，會扣款嗎", 150, 110),
    ("二百個疑似阳性个案，完成追踪一百六十个，达标吗", 200, 160),
])
def test_counts_in_chinese_numerals_before_ge_are_read(ask, question, total, done):
    args = _call(ask(question))
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (total, done)


# --- 6. one value for items named in brackets; a summary of items each given anyway ------------------------------------

ALL = ("dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system")


@pytest.mark.parametrize(("question", "low_key", "low", "rest"), [
    ("壓迫只有 72 分，其他幾項（劑量、假體、照野、閱片）都 88，怎麼辦", "compression", 72, 88),
    ("假体 73 分，其余四项（剂量、压迫、照野、阅片）均为 90，怎么处理", "phantom_image", 73, 90),
    ("假體影像 75，其餘（劑量、壓迫、照野、閱片）皆為 92，評等？", "phantom_image", 75, 92),
    ("phantom 75; dose, compression, field alignment and reading system all 92. what grade?", "phantom_image", 75, 92),
    ("照野 70 分，另外（劑量、假體、壓迫、閱片）全部 95，要怎麼辦", "field_alignment", 70, 95),
])
def test_one_value_for_items_named_together(ask, question, low_key, low, rest):
    scores = _call(ask(question))["scores"]
    assert scores == {k: (low if k == low_key else rest) for k in ALL}


@pytest.mark.parametrize("question", [
    "假體影像 74 分，其餘都 90 以上（劑量 92、壓迫 95、照野 91、閱片 97），假體是哪一等？",
    "phantom 76.5, the rest all 90 or more (dose 93, compression 94, field 95, reading 96). grade?",
])
def test_a_summary_of_items_given_one_by_one_is_set_aside(ask, question):
    a = ask(question)
    scores = _call(a)["scores"]
    assert set(scores) == set(ALL) and 90 not in scores.values()
    assert any("90" in u for u in a.unused), a.unused


# --- 7. a head count, then how many of them did what ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("We have 4 qualified RTs; three worked all year, one worked 200 days. 21000 screenings in 2025 — over the limit?",
     [365, 365, 365, 200]),
    ("3 qualified radiographers: two worked 365 days, one started mid-year and worked 180 days. 15,000 screenings this year. Over?",
     [365, 365, 180]),
    ("我们有3个放射师，2个全年，1个做了120天，今年筛检16000例，超量吗", [365, 365, 120]),
    ("4 radiographers — 2 worked 300 days, 2 worked 150 days; 14,000 screenings this year. Over?", [300, 300, 150, 150]),
    ("三位合格放射師：兩位做滿 365 天，一位做了 180 天，今年篩了 15000 案，有超量嗎？", [365, 365, 180]),
])
def test_how_many_of_them_did_what(ask, question, days):
    assert _call(ask(question))["radiographer_work_days"] == days


@pytest.mark.parametrize("question", [
    "3 qualified radiographers: two worked the full 365 days, one worked 146 days, and another 100 days. 15,000 screenings. Over?",
    "三位放射師：兩位做滿 365 天，一位做了 180 天，還有一位 90 天，今年 15000 案，超量嗎",
])
def test_groups_that_do_not_add_up_to_the_head_count_are_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, [t.args for t in a.tool_calls])


# --- 8. technicians are staff: their head count is no count of screenings -------------------------------------------------

@pytest.mark.parametrize(("question", "people", "screened"), [
    ("乳攝車今天兩位技術師一共拍了 95 人，超過每日上限嗎", 2, 95),
    ("巡回车今天有2个技术员，总共拍了88人，超了吗", 2, 88),
    ("巡迴車上三位技師今天照了 130 位，有超過嗎", 3, 130),
    ("the van had two techs today and they screened 95 women in total. over the daily cap?", 2, 95),
])
def test_technicians_on_the_van_are_a_head_count(ask, question, people, screened):
    args = _call(ask(question))
    assert (args["radiographers_on_van"], args["daily_screenings_on_van"]) == (people, screened)


def test_a_bare_cha_dao_is_the_discrepancy_reached_not_a_line(ask):
    # 差 short for 差異: "陰性差到 21%" is the negative discrepancy, no line to reach
    args = _call(ask("陽性差異 30%，陰性差到 21%，要停止判讀嗎"))
    assert (args["positive_discrepancy_pct"], args["negative_discrepancy_pct"]) == (30, 21)
    assert not target_of("陰性差到21%", 5, 8)


# --- 9. an addition right between a label and its number adds the number to that label ----------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("換證：SCI 原著一作 1 篇、國外會議 2 次，放射專科積分另外還有 80 分，夠嗎", 80),
    ("指导老师换证：国外口头报告2次，教育积分另有120分，够200吗", 120),
    ("指導老師換證，國外演講座長 2 次，教育積分另有 90 分，夠不夠", 90),
    ("instructor renewal: 2 international orals; 教育積分另有 110 分 — enough?", 110),
    ("換證用：non-SCI 原著一篇一作、出國開會兩次，放射線專科積分另有150分，夠200嗎", 150),
    ("指導老師換證：國內講師 5 次，教育積分另外 60，夠嗎", 60),
    ("换证：国外会议 3 次，教育积分另外 75 分，够不够", 75),
])
def test_points_said_with_an_addition_are_the_labels(ask, question, points):
    assert _call(ask(question))["cme_points"] == points


# --- 10. the slot's words and "each / all" name a bare figure for a group --------------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("我們三位放射師工作天數都是365，年篩19500例，超量嗎？", [365, 365, 365]),
    ("我们两个放射师的工作天数均为300，今年筛了12000例，超量吗", [300, 300]),
    ("4 radiographers, work days all 365, 26000 screenings this year — over?", [365, 365, 365, 365]),
    ("本院兩位合格放射師，工作天數皆為 250，今年 9000 案，有超量嗎", [250, 250]),
    ("三名放射師的工作天數全部都是 300，今年篩檢 16500 案，超過合理量嗎", [300, 300, 300]),
])
def test_a_group_with_the_slots_words_and_each_takes_the_bare_figure(ask, question, days):
    assert _call(ask(question))["radiographer_work_days"] == days


# --- 11. a reply giving every one the same value, counted in a Chinese numeral ("三個都整年，365 天") ---------------------------

@pytest.mark.parametrize(("question", "reply", "days"), [
    ("我們有 4 個放射師，今年篩了 25000 案，會超量嗎？", "四個都整年，365 天", [365, 365, 365, 365]),
    ("我們有兩位放射師，今年篩了 12000 案，超量嗎", "兩個都做滿 300 天", [300, 300]),
    ("我們醫院有 3 位放射師，今年篩了 17000 案，會超量嗎？", "三位都是 365 天", [365, 365, 365]),
    ("我们有2个放射师，今年筛了11000例，超量吗", "两个都上了 280 天", [280, 280]),
    ("We have 3 radiographers and did 19000 screenings this year — over?", "all 3 worked 365 days", [365, 365, 365]),
])
def test_a_reply_giving_all_of_them_one_value(engine, question, reply, days):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    assert _call(second)["radiographer_work_days"] == days


# --- 12. a stated total of the counts, one item named with no count of its own ----------------------------------------------

@pytest.mark.parametrize(("question", "counts"), [
    ("I went to 3 monthly meetings and the annual meeting, 4 meetings altogether. How many TSA credits?", {3, 1}),
    ("今年參加月會三次跟年會，總共四次，幾分？", {3, 1}),
    ("今年去了年會，還有月會 2 次，一共 3 次，可以拿幾分", {1, 2}),
    ("this year: the annual meeting plus 5 monthly ones (6 in total). credits?", {1, 5}),
    ("今年月会 4 次，年会 1 次，一共 5 次，多少学分", {4, 1}),
])
def test_a_total_of_the_counts_is_checked_against_them(ask, question, counts):
    args = _call(ask(question))
    assert {item["count"] for item in args["activities"]} == counts


def test_a_total_that_does_not_add_up_is_asked(ask):
    a = ask("I went to 3 monthly meetings and the annual meeting, 5 meetings altogether. How many TSA credits?")
    assert a.route == "clarify" and not a.tool_calls


@pytest.mark.parametrize(("question", "days"), [
    ("兩位放射師工作天數 365 天、182.5 天，年篩檢 9000 案，有超過合理量嗎？", [365, 182.5]),
    ("3 radiographers worked 365, 300 and 200 days; 14000 screenings — over?", [365, 300, 200]),
])
def test_the_head_count_opens_no_group_of_its_own(ask, question, days):
    assert _call(ask(question))["radiographer_work_days"] == days
