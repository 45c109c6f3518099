"""Round 52 (rolelist52): a count followed by a list of one field's choices with no counts of their own.

"今年SCI論文兩篇：一作／二作", "2 papers (first author, second author)", "兩篇，一作跟二作各一": as many choices as the
count are one item each — before, the whole count took one of the roles (a confidently wrong total). A list of choices
that does not match the count ("3 篇：一作／二作") is asked back, and the reply that says how many of each completes it.
One item said with two roles of the same paper ("一作兼通訊", "first author and corresponding author") stays one
item. Phrasings written for this test; none is
from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_call

# (question, the (role, count) rows read, total)
LISTED = [
    ("今年非SCI論文兩篇（一作、三作），幾分", [("first", 1), ("other", 1)], 35),
    ("2 non-SCI papers this year (first author, other author) - credits?", [("first", 1), ("other", 1)], 35),
    ("今年非SCI兩篇，一作跟二作各一，幾分", [("first", 1), ("second", 1)], 45),
    ("非SCI 兩篇：通訊／二作，今年共幾分", [("corresponding", 1), ("second", 1)], 45),
    ("今年SCI論文兩篇：一作／二作，共幾分", [("first", 1), ("second", 1)], 60),
    # a list after a colon, cut at each comma: each word after the first no more papers of their own
    ("3 non-SCI papers this year: first author, second author, other author. credits?",
     [("first", 1), ("second", 1), ("other", 1)], 50),
    ("今年非SCI三篇：一作、二作、其他作者，幾分", [("first", 1), ("second", 1), ("other", 1)], 50),
]


@pytest.mark.parametrize(("question", "rows", "total"), LISTED)
def test_a_listed_choice_per_item(engine, question, rows, total) -> None:
    call = calculator_call(ask_and_reply(engine, question), "tsa_credit_tally")
    got = sorted((a.get("role"), a.get("count", 1)) for a in call.args["activities"])
    assert got == sorted(rows)
    assert call.result["total"] == total


# near misses: one paper with two roles of its own; a count with a role each; all of them one role
SAME = [
    ("今年SCI一篇我是一作兼通訊，幾分", 50),
    ("今年非SCI兩篇，一篇一作、一篇二作，幾分", 45),
    ("今年非SCI兩篇都是一作，幾分", 60),
    # one paper, two roles of its own joined by "and": one paper, not two (before: 2 papers, 60)
    ("1 SCI paper this year where I'm first author and corresponding author, credits?", 50),
    # "and the rest as …" is the rest of the count, not a second role of the same papers
    ("3 non-SCI papers this year, 1 of them as first author and the rest as a middle author, credits?", 40),
]


@pytest.mark.parametrize(("question", "total"), SAME)
def test_no_list_to_go_through(engine, question, total) -> None:
    call = calculator_call(ask_and_reply(engine, question), "tsa_credit_tally")
    assert call.result["total"] == total


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("今年非SCI論文三篇：一作／三作，幾分", "一作1篇、三作2篇", 40),
    ("3 non-SCI papers this year (first author, other author), credits?", "1 first author, 2 other author", 40),
    ("3 non-SCI papers this year: first author, second author. credits?", "2 first author, 1 second author", 60),
])
def test_a_list_not_matching_the_count_is_asked(engine, question, reply, total) -> None:
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert "3" in first.answer
    assert calculator_call(second, "tsa_credit_tally").result["total"] == total
