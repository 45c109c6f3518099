"""Round 49 parts49: two classes of confidently wrong readings, with wordings of our own (none a blind bank's):

1. a fact said inside one person's (or site's) part of a multi-part message stays in that part: the all-word opening the
   shared question after the last part's own facts ("…另外非SCI論文一篇第一作者 各幾分？", "…, plus one paper … Is each
   enough?") shares the question only; a person labelled by surname and title with a colon ("李醫師：…；吳醫師：…") is a
   part of their own; a fact said of all of them ("兩位都另外有…") is still every part's;
2. a counted set followed by a breakdown of the same set ("2 SCI full articles (first author on one, second on the
   other)", "兩篇（一篇…另一篇…）") replaces the total, and the count said again of all of them ("兩篇皆為第一作者",
   "all three as first author") is their detail, never more items. Near misses: a further item ("另外還有 1 篇") adds; a
   breakdown that does not add up to the total is asked; a count with its own role is no whole. Also: "X 的分數先不用算"
   leaves X out.
"""

from __future__ import annotations

import datetime

import pytest

from bot import parts

TODAY = datetime.date(2026, 12, 6)


def _items(answer, tool):
    (call,) = [c for c in answer.tool_calls if c.name == tool]
    return sorted((it["kind"], it.get("count", 1), it.get("role")) for it in call.args["activities"])


# ----------------------------------------------------- 1. a part's own facts stay in it

@pytest.mark.parametrize(("question", "first", "second"), [
    ("兩位醫師的積分：\n(1) 王醫師：年會1次、月會4次\n(2) 張醫師：月會6次，另外SCI論文1篇第一作者\n各幾分？", "年會1次、月會4次", "SCI論文"),
    ("(1) 林醫師：SCI full article 第一作者 2 篇，CME 60 分\n(2) 陳醫師：國內演講 3 次，另外 SCI case report 一篇通訊作者，"
     "CME 50 分\n兩位的換證各夠嗎？", "CME 60 分", "case report"),
    ("(a) Dr Lin: 2 SCI full articles, 60 CME points (b) Dr Chen: 3 domestic lectures, plus one SCI case report as "
     "corresponding author. Is each enough?", "60 CME points", "case report"),
])
def test_a_fact_inside_the_last_part_is_that_parts_own(question, first, second):
    pieces, numbered = parts.split_parts(question)
    assert numbered and pieces is not None and len(pieces) == 2
    assert first in pieces[0] and second not in pieces[0]
    assert second in pieces[1]
    assert all(("各" in p or "each" in p.lower()) for p in pieces)  # the question is still every part's


def test_a_fact_said_of_all_of_them_is_still_shared():
    pieces, _ = parts.split_parts("(1) 王醫師：年會1次 (2) 張醫師：月會6次。兩位都另外有SCI論文1篇第一作者，各幾分？")
    assert pieces is not None and all("SCI論文" in p for p in pieces)


def test_surname_and_title_label_a_part():
    pieces, numbered = parts.split_parts("李醫師：外科年會1次、月會3次；吳醫師：月會10次，另外非SCI論文一篇第一作者。兩位各幾分？")
    assert numbered and pieces is not None and len(pieces) == 2
    assert "非SCI" not in pieces[0] and "非SCI" in pieces[1]


@pytest.mark.parametrize(("question", "totals"), [
    ("A醫師今年年會1次、月會2次；B醫師今年月會5次，另外SCI論文1篇第一作者，兩人各幾分？", [100, 150]),
    ("Dr Lin: TSA annual meeting once, 3 monthly meetings this year. Dr Wu: 10 monthly meetings this year, plus one "
     "non-SCI paper as first author. How many points does each have?", [120, 230]),
])
def test_each_person_is_computed_with_their_own_facts(engine, question, totals):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", a.answer[:300]
    assert [p.tool_calls[0].result["total"] for p in a.parts] == totals


# ----------------------------------------------------- 2. a breakdown replaces the total it goes through

@pytest.mark.parametrize(("question", "items", "points"), [
    ("TSIR renewal: 2 SCI full articles (first author on one, second author on the other), 40 CME points. Enough?",
     [("sci_full_article", 1, "first"), ("sci_full_article", 1, "other")], 95),
    ("TSIR 換證：SCI full article 兩篇（一篇我是通訊作者，另一篇是第三作者），CME 40 分，夠嗎？",
     [("sci_full_article", 1, "corresponding"), ("sci_full_article", 1, "other")], 95),
    ("TSIR 换证：SCI full article 2 篇，两篇都是第一作者，另有 CME 30 分，够吗？", [("sci_full_article", 2, "first")], 110),
    ("TSIR 換證：SCI full article 2 篇，兩篇皆為第一作者，另有 CME 30 分，夠嗎？", [("sci_full_article", 2, "first")], 110),
    ("TSIR renewal: 3 SCI case reports, all three as first author, 30 CME points. Enough?", [("sci_case_report", 3, "first")], 90),
    # near misses: a further paper adds; a count with its own role is no whole
    ("TSIR 換證：SCI full article 2 篇（一篇第一作者，另一篇第三作者），另外還有 1 篇 SCI full article 第一作者，CME 30 分，夠嗎？",
     [("sci_full_article", 1, "first"), ("sci_full_article", 1, "first"), ("sci_full_article", 1, "other")], 125),
    ("TSIR 換證：SCI full article 第一作者 3 篇、其他作者 2 篇，CME 30 分，夠嗎？",
     [("sci_full_article", 2, "other"), ("sci_full_article", 3, "first")], 180),
])
def test_a_breakdown_of_articles_replaces_their_count(engine, question, items, points):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", a.answer[:300]
    assert _items(a, "tsir_renewal_check") == items
    assert a.tool_calls[0].result["points"] == points


@pytest.mark.parametrize(("question", "total"), [
    ("今年SCI論文2篇（一篇我第一作者、另一篇第三作者），月會5次，積分多少？", 160),
    ("This year I had 2 SCI papers (first author on one, third author on the other) and 5 monthly meetings. TSA points?", 160),
    ("今年外科年會投了2篇壁報，兩篇都是我第一作者，另外月會4次，幾分？", 100),
    ("今年外科年會我投了3篇壁報（其中1篇是病例報告），3篇都是我第一作者；另外有兩篇口頭報告我只是第三作者。這些報告幾分？", 25),
    ("月會5次，年會出席的分數先不用算，幾分？", 100),
])
def test_a_breakdown_of_papers_replaces_their_count(engine, question, total):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", a.answer[:300]
    assert a.tool_calls[0].result["total"] == total


@pytest.mark.parametrize("question", [
    "TSIR renewal: 2 SCI full articles (first author on one, 3rd author on the other two), 30 CME points. enough?",
    "今年SCI論文3篇（一篇第一作者、另一篇第三作者），月會5次，積分多少？",
])
def test_a_breakdown_that_does_not_add_up_is_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])


@pytest.mark.parametrize(("question", "copied"), [
    ("(1) 王醫師：年會1次 (2) 張醫師：月會6次。另外SCI論文1篇第一作者。各幾分？", "另外SCI論文1篇第一作者"),
    ("(1) Dr Lin: annual meeting once (2) Dr Wu: 6 monthly meetings. Plus one SCI paper as first author. How many points each?",
     "Plus one SCI paper as first author"),
    # said of all of them, or one person asking of two kinds: no assumption to say
    ("(1) 王醫師：年會1次 (2) 張醫師：月會6次。兩位都另外有SCI論文1篇第一作者。各幾分？", None),
    ("(a) 消融 320 例；(b) 血管介入 80 例。專科10年，沒有演講。各自夠不夠？", None),
])
def test_facts_after_the_peoples_parts_are_an_assumption(question, copied):
    assert parts.copied_facts(question) == copied


def test_the_copied_fact_is_said_in_the_answer(engine):
    a = engine.answer("(1) 王醫師：年會1次 (2) 張醫師：月會6次。另外SCI論文1篇第一作者。各幾分？", None, today=TODAY)
    assert any("另外SCI論文1篇第一作者" in x for x in a.assumptions)
