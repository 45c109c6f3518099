"""Classes of phrasing the reader and the ledger missed on the fourth blind round (issue 9), each tested
with wording of our own (zh-TW, zh-CN, en), never an eval question's."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.reader import read, vocabularies

TODAY = datetime.date(2026, 11, 25)


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
