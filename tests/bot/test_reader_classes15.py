"""Classes of phrasing the fifteenth blind round broke (issue 9), each with new wording of our own:
a count gone through one by one with a role each, separated by spaces and introduced by 其中 / 另 / 但只有;
"but only N" / "但只有 N" narrowing a count, with "the other" / "其他" filling the rest; a stated total
before the figures it is made of (a check, never a figure); a numbered part naming no certificate
in a message about one."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import enumerate_items

TODAY = datetime.date(2026, 11, 25)


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
