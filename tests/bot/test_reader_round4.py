"""Classes of phrasing the reader and the ledger missed on the fourth blind round (issue 9), each tested
with wording of our own (zh-TW, zh-CN, en), never an eval question's."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.reader import read, vocabularies
from tests.bot.conftest import TODAY


def _read(tool: str, question: str):
    vocab = next(v for v in vocabularies() if v.tool == tool)
    return read(Query(question, TODAY), vocab)


def _kinds(ext) -> list[tuple]:
    return [(a["kind"], a.get("count"), a.get("role"), a.get("days")) for a in ext.args["activities"]]


# ---------------------------------------------------------------- author roles by position

@pytest.mark.parametrize(("tool", "question", "role"), [
    ("tsa_credit_tally", "今年非SCI論文一篇，我是中間作者，幾分？", "other"),
    ("tsa_credit_tally", "今年SCI论文1篇，我是第四作者，能拿几分？", "other"),
    ("tsa_credit_tally", "One SCI paper this year where I'm the 4th author — credits?", "other"),
    ("tsir_renewal_check", "SCI full article 3 篇都是中間作者，放射線教育積分 120，換證夠嗎？", "other"),
    ("tsir_renewal_check", "SCI 原著 2 篇，我是第五作者，教育积分 150，换证够吗？", "other"),
    ("tsir_renewal_check", "2 SCI full articles as middle author, 130 radiology CME points — enough to renew?", "other"),
])
def test_an_author_named_by_a_later_position_is_another_author(tool, question, role):
    ext = _read(tool, question)
    assert [a.get("role") for a in ext.args["activities"]] == [role]
    assert not ext.needs


@pytest.mark.parametrize("question", [
    "Gave a poster at the TSA annual meeting as 3rd author (someone else presented). Credits?",
    "壁報一篇，我是第三作者不是發表者，幾分？",
])
def test_a_third_author_presentation_is_no_presenters(question):
    """A presentation whose author is third is 'other' (5.6 credits first author or presenter only), never the
    presenter by default."""
    ext = _read("tsa_credit_tally", question)
    assert [a["role"] for a in ext.args["activities"] if a["kind"] == "presentation"] == ["other"]


# ---------------------------------------------------------------- 5.3 named by the rule's own description

@pytest.mark.parametrize("question", [
    "今年參加一場外科專科訓練課程基準所列科別的醫學會年會，開兩天，幾分？",
    "去年参加了训练基准里科别的医学会年会一次，一天，能拿几分？",
    "Went to one 2-day annual meeting of a society listed in the surgical training curriculum this year — credits?",
])
def test_a_meeting_named_by_the_training_standard_is_a_specialty_meeting(question):
    ext = _read("tsa_credit_tally", question)
    assert [a["kind"] for a in ext.args["activities"]] == ["specialty_annual_meeting"]


# ---------------------------------------------------------------- a count before a colon heads the items after it

@pytest.mark.parametrize(("question", "days"), [
    ("今年參加兩場專科醫學會年會：一場三天，另一場一天，幾分？", [3, 1]),
    ("去年参加了两场专科医学会年会：一场开了两天、一场一天，能拿几分？", [2, 1]),
])
def test_a_count_before_a_colon_heads_the_items_that_go_through_it(question, days):
    ext = _read("tsa_credit_tally", question)
    acts = ext.args["activities"]
    assert [a["days"] for a in acts] == days and all(a["count"] == 1 for a in acts)


def test_a_label_before_a_colon_stays_with_its_clause():
    ext = _read("tsa_credit_tally", "今年的部分：月會 3 次、年會 1 次，幾分？")
    assert sorted(_kinds(ext)) == [("tsa_annual_meeting", 1, None, None), ("tsa_monthly_meeting", 3, None, None)]


# ---------------------------------------------------------------- a period in years of a months argument

@pytest.mark.parametrize(("question", "months"), [
    ("參加醫療團外派兩年，六年積分分別 70、60、80、90、50、60，可以展延嗎？", 24),
    ("我参加驻外医疗团派驻一年，六年学分每年都 90 分，能展延吗？", 12),
])
def test_a_mission_in_years_is_read_and_accounted_as_months(engine, question, months):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and not a.missing
    assert a.tool_calls[0].args["overseas_mission_months"] == months


def test_a_year_is_no_count_of_twelve():
    from bot.ledger import account
    text = Query("月會 12 次，做了 1 年", TODAY).text
    ledger = account(text, TODAY, [{"activities": [{"kind": "tsa_monthly_meeting", "count": 12}]}])
    assert [m.words for m in ledger.unaccounted] == ["做了 1 年"] or any("1 年" in m.words for m in ledger.unaccounted)


# ---------------------------------------------------------------- every year the same, one year named apart

@pytest.mark.parametrize(("question", "years"), [
    ("六年積分每年都 95 分，除了第二年只有 40 分，可以展延嗎？", [95, 40, 95, 95, 95, 95]),
    ("六年学分每年都是100分，但第六年是0分，能展延吗？", [100, 100, 100, 100, 100, 0]),
    ("Six years, 110 points every year apart from the 4th year, which was 70 — can I renew?", [110, 110, 110, 70, 110, 110]),
])
def test_every_year_the_same_except_one_named_year(question, years):
    ext = _read("tsa_renewal_check", question)
    assert ext.args["yearly_credits"] == years


def test_an_exception_for_a_year_the_list_lacks_is_not_placed():
    ext = _read("tsa_renewal_check", "六年積分每年都 100 分，除了第 8 年 50 分，可以展延嗎？")
    assert "yearly_credits" not in ext.args or ext.args["yearly_credits"] != [100] * 6


def test_a_year_said_again_in_months_in_brackets_is_the_same_fact(engine):
    a = engine.answer("醫療團外派一年（12 個月），六年積分 100、90、80、100、70、60，可以展延嗎？", today=TODAY)
    assert a.route == "calculator" and not a.missing
    assert a.tool_calls[0].args["overseas_mission_months"] == 12


# ---------------------------------------------------------------- TSIR techniques and specialist years

@pytest.mark.parametrize(("question", "domain", "cases", "years"), [
    ("定位切片那一項：PCN 100、超音波引導活檢 220，專科 10 年，夠嗎？", "localization_biopsy_drainage_pain", 320, 10),
    ("血管介入：PTA 60、iliac stenting 50，专科 9 年，够吗？", "vascular_intervention", 110, 9),
    ("Ablation instructor: RFA 150, MWA 100 in 6 yrs. Board-certified radiologist for 12 years. Eligible?", "ablation", 250, 12),
])
def test_technique_words_and_years_as_specialist(question, domain, cases, years):
    """活檢 (biopsy) and arterial / iliac stenting are their domains' techniques; "那一項" is no count of one; an English
    full stop ends the clause ("… in 6 yrs. Radiologist for 12 years": 12, never 6)."""
    ext = _read("tsir_instructor_eligibility", question)
    assert (ext.args["domain"], ext.args["cases_last_6_years"], ext.args["years_as_specialist"]) == (domain, cases, years)


def test_this_or_that_one_is_no_count():
    from bot.parsing.numbers import normalize_numerals
    assert normalize_numerals("消融那一項 RFA 九十例") == "消融那一項 RFA 90例"
    assert normalize_numerals("這一篇是一作") == "這一篇是一作"
    assert normalize_numerals("一篇是一作") == "1篇是一作"


# ---------------------------------------------------------------- a part of the monthly meetings spoken at

@pytest.mark.parametrize(("question", "monthly", "speaker"), [
    ("去年月會去了八次，其中三次我有上台報告，幾分？", 8, 3),
    ("今年月会参加6次，其中1次是我上台报告的，还有年会1次，积分多少？", 6, 1),
    ("I went to 6 monthly meetings this year and presented at 2 of them. Credits?", 6, 2),
])
def test_a_part_of_the_monthly_meetings_given_as_talks_is_speaking_at_them(question, monthly, speaker):
    """The part is the declared part kind (5.2 speaker), never a 5.6 presentation carved out of the meetings."""
    ext = _read("tsa_credit_tally", question)
    got = {a["kind"]: a["count"] for a in ext.args["activities"]}
    assert got["tsa_monthly_meeting"] == monthly and got["tsa_monthly_speaker"] == speaker
    assert "presentation" not in got


# ---------------------------------------------------------------- items named again

@pytest.mark.parametrize("question", [
    "今年年會 1 次、國外研討會 3 次，國外那三次會被上限卡住嗎？總共幾分？",
    "今年年会一次、国际会议三次，这三次国际会议有上限吗？一共几分？",
    "This year: TSA annual meeting once and 3 international congresses. Do those 3 congresses count in full? Total credits?",
])
def test_items_named_again_are_no_new_items(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and not a.missing
    acts = a.tool_calls[0].args["activities"]
    assert sorted((x["kind"], x["count"]) for x in acts) == [("international_meeting", 3), ("tsa_annual_meeting", 1)]


@pytest.mark.parametrize("question", [
    "去年发了一篇SCI论文我是一作，另外一篇非SCI我是二作，这两篇加起来几分？",
    "今年年會一次、月會兩次，這三場一共幾分？",
    "This year one SCI paper as first author and one non-SCI paper as second author — those 2 papers together give how many credits?",
])
def test_a_count_pointing_back_at_every_item_is_accounted(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and not a.missing and not a.unused


def test_a_count_pointing_back_that_does_not_match_is_asked(engine):
    a = engine.answer("今年年會一次、月會兩次，這四場一共幾分？", today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ---------------------------------------------------------------- the person's own working

@pytest.mark.parametrize("question", [
    "今年月會 4 次（80 分）、年會 1 次（60 分），我算 80+60=140，對嗎？",
    "今年月会 3 次、SCI一作 1 篇，我算出来 60+50=110，没错吧",
    "This year: annual meeting once and 2 monthly meetings; by my count 60+40=100.",
])
def test_the_persons_own_figures_and_sums_are_checked_against_the_calculation(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and not a.missing


@pytest.mark.parametrize("question", [
    "今年月會 4 次、年會 1 次，我算 80+60=150，對嗎？",
    "今年月会 3 次（60）、SCI一作 1 篇（40），总共几分？",
])
def test_own_figures_the_calculation_does_not_give_are_asked(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls


# ---------------------------------------------------------------- a meeting's length: the person's own, or the rule's

@pytest.mark.parametrize(("question", "own"), [
    ("專科醫學會年會，開三天的算幾分？", False),
    ("今年参加胸腔外科医学会年会，会期三天，积分多少？", True),
    ("specialty society annual meeting lasting 2 days — how many credits is that worth?", False),
    ("Last year I attended a 2-day specialty society annual meeting. Credits?", True),
])
def test_a_meeting_length_is_a_fact_only_of_the_persons_own_meeting(question, own):
    """"開三天的算幾分" asks what the rule gives such a meeting; with the person's year or words it is their meeting."""
    ext = _read("tsa_credit_tally", question)
    assert [a.get("days") for a in ext.args["activities"]] in ([2], [3])
    assert (ext.facts > 0) == own


# ---------------------------------------------------------------- English shapes

@pytest.mark.parametrize(("question", "kinds"), [
    ("This year: TSA anual meeting once and 5 montly meetings. Credits?", {"tsa_annual_meeting": 1, "tsa_monthly_meeting": 5}),
    ("Last year the annaul congress once, 2 monthy meetings — total credits?", {"tsa_annual_meeting": 1, "tsa_monthly_meeting": 2}),
])
def test_annual_and_monthly_typed_in_a_hurry(question, kinds):
    ext = _read("tsa_credit_tally", question)
    assert {a["kind"]: a["count"] for a in ext.args["activities"]} == kinds


@pytest.mark.parametrize("question", [
    "This year: 2 international congresses and 4 monthly meetings. Do those 2 congresses hit the cap? Total?",
    "Went to 3 monthly meetings this month and published 2 papers — how many credits?",
])
def test_an_english_count_of_meetings_or_papers_is_no_screening_count(engine, question):
    """"4 monthly meetings" counts meetings: no mammography volume ("monthly") is read from it."""
    ext = _read("hpa_radiographer_volume", question)
    assert ext is None or not ext.args.get("monthly_screenings")
    a = engine.answer(question, today=TODAY)
    assert all(c.name == "tsa_credit_tally" for c in a.tool_calls)


def test_an_english_count_of_meetings_is_a_lecture_count_in_the_domain():
    ext = _read("tsir_instructor_eligibility", "Only 80 RFA cases, 9 years as specialist, but I lectured on ablation at "
                                                "3 interventional meetings. Can I be an ablation instructor?")
    assert ext.args["lectures_in_domain"] == 3 and ext.args["cases_last_6_years"] == 80


# ---------------------------------------------------------------- the application date of a lifetime question

@pytest.mark.parametrize("question", [
    "我1965年7月1日生，可以申請終身指導老師嗎？",
    "我1966年2月3日出生，够资格申请终身指导老师了吗？",
    "Born 1965-09-09 — can I go for the lifetime instructor certificate?",
])
def test_a_birth_date_without_an_application_date_asks_for_it(engine, question):
    """Age counts on the application date (article 6): never taken to be today when the person does not say so."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("application_date") for m in a.missing)


@pytest.mark.parametrize("question", [
    "我1965年7月1日生，今天就想申請終身指導老師，可以嗎？",
    "Born 1965-09-09 and I'm applying right now — lifetime instructor certificate?",
])
def test_an_application_said_to_be_now_is_today(question):
    ext = _read("tsir_renewal_check", question)
    assert ext.args["application_date"] == TODAY.isoformat()


# ---------------------------------------------------------------- one kind in several years

@pytest.mark.parametrize(("question", "years"), [
    ("去年和今年的年會我都有去，今年月會 3 次，積分多少？", [2025, 2026]),
    ("去年跟今年的外科年会我都参加了，一共几分？", [2025, 2026]),
])
def test_a_kind_named_for_several_years_is_one_item_in_each(question, years):
    ext = _read("tsa_credit_tally", question)
    assert sorted(a["year"] for a in ext.args["activities"] if a["kind"] == "tsa_annual_meeting") == years


def test_a_kind_in_several_years_said_in_english_is_never_one_year(engine):
    a = engine.answer("Attended the annual meeting in both 2024 and 2025. Credits?", today=TODAY)
    assert a.route == "clarify" or sorted(x.get("year") for x in a.tool_calls[0].args["activities"]) == [2024, 2025]


@pytest.mark.parametrize(("question", "kinds"), [
    ("I went to three seminars this year, each 1.5 hours, plus one 3-hour course. Credits?",
     [("domestic_seminar", 3, 1.5), ("hours", None, 3)]),
    ("This year: one 2-day specialty society annual meeting and one 3 hour workshop. Credits?",
     [("specialty_annual_meeting", 1, None), ("domestic_seminar", 1, 3)]),
])
def test_one_before_a_length_is_an_article_not_another_number(engine, question, kinds):
    """"one 3-hour course": one item of that length — no stray "1" left for the ledger to ask about."""
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator" and not a.missing
    assert [(x["kind"], x.get("count"), x.get("hours")) for x in a.tool_calls[0].args["activities"]] == kinds
