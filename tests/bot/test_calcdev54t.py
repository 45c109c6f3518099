"""Round 54 (calcdev54t): surgical CME classes found on the blind development banks, tested with other wording.

1. A question opening on an addition to the facts before it and asking their sum ("…是多少？另外月會 4 次，合計多少") is the
   same calculation with more facts — one answer — never a part read without the facts before it.
2. "前五年都是每年 100 分": the years named before "every year" bound the value (five years, the sixth from another part or
   asked), never all six.
3. The person's own sum offered for checking ("我加起來170，這樣算對嗎", "我自己加是205分", "我自己算的是", "I added it up to")
   is their stated total: compared with the result, shown so — never an activity, never their guess of the rule.
4. The stage said any way ("上去報告", "上講台分享") is the monthly meeting's speaker.
5. A breast society's annual meeting ("乳房醫學會年會") is 5.3's, not the mammography rules'.
6. Papers of one's own said got out this year by their count ("今年 SCI 論文有兩篇被接受了，積分怎麼算") are the person's case:
   the author role is asked, never the rule quoted.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parts import _questions
from bot.reader.guesses import claimed_result
from bot.reader.lists import _years_spanned
from bot.reader.mentions import claimed_total, numbers
from bot.parsing.text import Query
from tests.bot.conftest import ask_and_reply as _ask
from tests.bot.conftest import reader_call


def _items(call):
    return sorted((it["kind"], it.get("count", 1)) for it in call.args["activities"])


# 1. an addition asking the sum joins the question before it
@pytest.mark.parametrize(("question", "pieces"), [
    ("院內課程上了 7 小時換成積分是多少?? 另外月會今年去了4次，合計多少", 1),
    ("今年年會1次幾分？再加上月會3次，總共幾分？", 1),
    ("院内课程上了5小时算几分？还有国际会议去了1次，加起来多少？", 1),
    ("How many credits for a 4-hour course? Plus 2 monthly meetings, what's the total?", 1),
    # near misses: no sum asked, or no figure added — two questions
    ("年會2次幾分？另外月會3次幾分？", 2),
    ("年會2次幾分？另外總共要幾分才能展延？", 2),
])
def test_an_addition_asking_the_sum_is_one_question(question, pieces):
    got = _questions(Query(question).text)
    assert (len(got) if got else 1) == pieces, got


def test_the_sum_of_two_questions_is_one_calculation(engine):
    a = _ask(engine, "院內課程上了 7 小時換成積分是多少？另外月會今年去了4次，合計多少")
    assert a.route == "calculator" and len(a.tool_calls) == 1 and not a.parts
    assert a.tool_calls[0].result["total"] == 101


# 2. the years named before "every year"
@pytest.mark.parametrize(("text", "span"), [
    ("前5年都是每年100分", 5), ("前5年都每年100分", 5), ("頭4年都是每年90分", 4), ("前5年每年都100分", 5),
    ("每年100分", None),
])
def test_the_years_named_before_every_year(text, span):
    at = text.index("每")
    assert _years_spanned(text, at, len(text)) == span


def test_five_years_every_year_and_this_year_from_part_one(engine):
    a = _ask(engine, "兩個問題：(1) 今年月會5次、年會1次幾分？ (2) 前五年都是每年90分，加上今年的，夠展延嗎？")
    assert [c.args for c in a.tool_calls][1] == {"yearly_credits": [90, 90, 90, 90, 90, 160]}
    assert a.tool_calls[1].result["eligible"] is True


def test_five_years_every_year_alone_asks_the_sixth(engine):
    a = _ask(engine, "前五年都是每年100分，今年還沒算，夠展延嗎？")
    assert a.route == "clarify" and not a.tool_calls
    assert any("第六年" in m for m in a.missing)


# 3. the person's own sum offered for checking
@pytest.mark.parametrize(("text", "figure", "claimed"), [
    ("年會60、月會4次80，我加起來140，這樣算對嗎", "140", True),
    ("年會1、月會6，我自己加是200分，對嗎", "200", True),
    ("年會1次、月會5次，我自己算的是160分，對嗎？", "160", True),
    ("年會1次、月會5次，我們加總起來 160 分吧", "160", True),
    ("1 annual meeting and 5 monthlies, I added it up to 160, right?", "160", True),
    ("1 annual meeting and 5 monthlies, my own sum is 160, correct?", "160", True),
    ("This year: 1 annual meeting, 4 monthlies. I got 150 total, is that right?", "150", True),
    ("1 annual meeting and 4 monthlies, we came up with 140 - correct?", "140", True),
    # near misses: a count after the words, a rule's figure added, a year's own figure
    ("Credits 100, 120, 90, 110, 100 and in 2026 I got 80, right?", "80", False),
    ("I got 100 in 2021 and 120 in 2022", "100", False),
    ("我算了一下月會有 4 次", "4", False),
    ("講者每次加 20 分嗎", "20", False),
])
def test_the_persons_own_sum(text, figure, claimed):
    q = Query(text)
    n = next(n for n in numbers(q) if n.value == float(figure))
    assert claimed_total(q.text, n.start, n.end) is claimed


def test_own_sum_is_no_guess_but_someone_elses_is():
    q = Query("年會1次、月會5次，我自己算的是180分，對嗎？")
    n = next(n for n in numbers(q) if n.value == 180)
    assert not claimed_result(q.text, n)
    q = Query("月會3次、年會1次，學長說應該是160分")
    n = next(n for n in numbers(q) if n.value == 160)
    assert claimed_result(q.text, n)


@pytest.mark.parametrize(("question", "total", "agrees"), [
    ("年會60、月會4次80、國際會議1次30，我加起來170，這樣算對嗎", 170, True),
    ("今年 年會1、月會６、院外研討會(每場一小時)4場，我自己加是205分，對嗎", 200, False),
    ("年会1次、月会5次，我自己算的是180分，对吗？", 160, False),
    ("1 annual meeting and 5 monthly meetings this year; I added it up to 170, is that right?", 160, False),
])
def test_a_stated_total_is_computed_and_compared(engine, question, total, agrees):
    a = _ask(engine, question)
    assert a.route == "calculator", (a.route, a.missing)
    assert a.tool_calls[0].result["total"] == total
    if agrees:
        assert any("相符" in u for u in a.unused) or any(r.get("fact") == "compared with the result" for r in a.reading)
    else:
        assert any("不符" in u or "does NOT match" in u for u in a.unused)


def test_a_stated_total_of_the_six_years(engine):
    a = _ask(engine, "六年積分 100、120、90、110、100、100，我自己算起來是620，夠展延嗎？")
    assert a.route == "calculator" and a.tool_calls[0].args == {"yearly_credits": [100, 120, 90, 110, 100, 100]}


# 4. the stage said any way
@pytest.mark.parametrize(("question", "items"), [
    ("今年月會三次，其中有一次上去報告，幾分？", [("tsa_monthly_meeting", 3), ("tsa_monthly_speaker", 1)]),
    ("今年月會去了5次，其中兩次上去報告，幾分？", [("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", 2)]),
    ("今年月會4次，有一次是上講台分享，總共幾分？", [("tsa_monthly_meeting", 4), ("tsa_monthly_speaker", 1)]),
])
def test_the_stage_said_any_way_is_the_speaker(question, items):
    assert _items(reader_call(question, "tsa_credit_tally")) == items


def test_the_stage_denied_is_no_speaker():
    call = reader_call("壁報2篇 但我掛第三作者 不是我上去報的..這樣有分嗎? 另外今年月會去過一次", "tsa_credit_tally")
    assert _items(call) == [("presentation", 2), ("tsa_monthly_meeting", 1)]


# 5. a breast society's annual meeting
def test_a_breast_society_meeting_is_5_3(engine):
    a = _ask(engine, "胸腔外科醫學會年會(一天)去兩次、乳房醫學會年會(兩天)一次，外科積分可以算幾分")
    assert a.route == "calculator"
    assert a.tool_calls[0].args["activities"] == [{"kind": "specialty_annual_meeting", "count": 2, "days": 1},
                                                  {"kind": "specialty_annual_meeting", "count": 1, "days": 2}]
    assert a.tool_calls[0].result["total"] == 30


@pytest.mark.parametrize("question", [
    "乳房醫學會年會可以拿幾個繼續教育積分？",  # no surgical word: the society's own credits
    "乳房医学会的继续教育学分怎么算？参加年会给几分？",
    "乳房醫學會的乳房外科專科醫師積分怎麼算？參加年會幾分",
    "同一篇研究我在消化外科學會報過，又拿去乳房醫學會再報一次，兩次都能申請嗎？",  # the society, not its annual meeting
])
def test_the_breast_society_otherwise_is_no_tally(question):
    from bot.reader import read_all
    assert not [e for e in read_all(Query(question)) if e.tool == "tsa_credit_tally"]


def test_mammography_words_still_block_the_tally(engine):
    a = _ask(engine, "乳房攝影品管討論會去了兩次，外科積分幾分？")
    assert not any(c.name == "tsa_credit_tally" for c in a.tool_calls)


# 6. papers got out this year, role missing
@pytest.mark.parametrize("question", [
    "今年 SCI 論文有三篇被接受了，外科積分怎麼算？",
    "去年有2篇非SCI論文刊出，外科積分怎麼算",
])
def test_papers_got_out_this_year_ask_the_role(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and any(m.startswith("role") for m in a.missing), (a.route, a.missing)


def test_a_paper_with_no_case_stays_the_rule(engine):
    assert _ask(engine, "SCI 論文一篇外科積分怎麼算？").route == "retrieval"
