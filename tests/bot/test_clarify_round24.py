"""Twenty-fourth round, questions back (SPEC §3 clarify) and the replies that complete them.

Classes (each tested with phrasings invented here, not the bank's):
1. A question back about a re-read rate cites the tier clauses the missing rate still decides between (甲 2.1.1.2.1 …
   丙 2.1.1.2.3, 丁 2.1.1.2.4 where the previous review is asked too): from the tier the rates read already reach, never
   a tier below it — not only the article's head.
2. A vague count's question back cites the clause of what the count stands for ("發了幾篇SCI" → the papers' 5.7), not
   all of article 5.
3. A reply saying which of the asked rates a bare figure of the question is ("陰性個案的", "是阴性的") completes the
   calculation, though the question with the reply written in reads on its own as a question of the rule's.
4. A bare count ("3次") replying to "how many times?" for an activity the question named sets that activity's count
   (the count read before was no fact), never a correction of it.
5. A reply splitting a count of the question by what was asked ("国内 4 篇、国外 1 篇" for "壁报 5 篇") is read in the
   count's place; a split that does not add up to it is not taken.
6. A reply giving only the authorship asked ("I was the corresponding author") completes the paper's credits.
7. A what-if part that adds a thing to the part before's facts ("如果再加 2 次月會呢", "what if I also add the annual
   meeting?") is computed on both parts' facts together — never on its own item alone, never asked which figure it
   replaces; a what-if that changes a figure ("如果改成 5 次呢") is not read as an addition.
8. A reply to a vague count that restates the facts whole ("疑似阳性 100 个，完成 68 个" for "有几个…没追踪完") is read as a
   reply to the question as asked — its first figure never put in the vague words' place (which would count 100 cases
   not followed up and leave a figure unread).
9. "夠不夠一年的量", "有沒有達到一年的標準": one year as the measure a yearly requirement is stated in is no figure of the
   case — once a vague count's reply fills the calculation it is never asked about as an unread number.
"""

from __future__ import annotations

import pytest

from bot.parts import adds_to_before
from calculators.hpa_mammo import reread_open_rules
from tests.bot.conftest import ask_and_reply

TIER = {"甲": "hpa-mammo/2.1.1.2.1", "乙": "hpa-mammo/2.1.1.2.2", "丙": "hpa-mammo/2.1.1.2.3", "丁": "hpa-mammo/2.1.1.2.4"}
BOTH = ("positive_discrepancy_pct", "negative_discrepancy_pct")


def _cited(answer) -> list[str]:
    return [c.id for c in answer.citations]


# ---------------------------------------------------------------- 1. the tiers a missing rate still decides between


@pytest.mark.parametrize(("args", "asked", "tiers"), [
    ({}, BOTH, "甲乙丙"),
    ({}, (*BOTH, "previously_required"), "甲乙丙丁"),
    ({"positive_discrepancy_pct": 30}, ("negative_discrepancy_pct",), "甲乙丙"),
    ({"positive_discrepancy_pct": 45}, ("negative_discrepancy_pct",), "甲乙丙"),
    ({"positive_discrepancy_pct": 55}, ("negative_discrepancy_pct",), "乙丙"),
    ({"negative_discrepancy_pct": 17}, ("positive_discrepancy_pct",), "乙丙"),
    ({"negative_discrepancy_pct": 10, "previously_required": True}, ("positive_discrepancy_pct",), "甲乙丙丁"),
])
def test_open_tiers_start_at_the_tier_already_reached(args, asked, tiers):
    assert reread_open_rules(args, asked) == [TIER[t] for t in tiers]


def test_no_tier_is_open_when_no_rate_is_asked():
    assert reread_open_rules({"positive_discrepancy_pct": 45}, ("previously_required",)) == []


@pytest.mark.parametrize(("question", "cited", "not_cited"), [
    ("我們的判讀醫師複判差異評估結果出來了，數字偏高，要停止判讀嗎？", "甲乙丙", ""),
    ("複判差異 24%，這樣要立刻停判嗎？", "甲乙丙", ""),
    ("陽性複判差異 55%，陰性的我不確定，會被停止判讀嗎？", "乙丙", "甲"),
    ("Positive discrepancy 44%; the negative one I haven't got. What happens?", "甲乙丙", ""),
    ("阳性复判差异 52%，阴性的还没拿到，要参加座谈会吗？", "乙丙", "甲"),
])
def test_a_rate_asked_back_cites_the_tiers_it_decides(engine, question, cited, not_cited):
    first = ask_and_reply(engine, question)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    got = _cited(first)
    assert all(TIER[t] in got for t in cited), got
    assert not any(TIER[t] in got for t in not_cited), got


# ---------------------------------------------------------------- 2. a vague count cites what it stands for


@pytest.mark.parametrize("question", [
    "今年投了好幾篇SCI論文，都是通訊作者，積分多少？",
    "今年发了几篇SCI，都是第一作者，积分多少",
    "I published a few SCI papers as first author this year, how many credits?",
])
def test_a_vague_count_of_papers_cites_the_papers_clause(engine, question):
    first = ask_and_reply(engine, question)
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing), first.answer
    assert "tsa-cme/5.7" in _cited(first)
    assert "tsa-cme/5" not in _cited(first)


# ---------------------------------------------------------------- 3. which rate a bare figure is


@pytest.mark.parametrize(("question", "reply", "rate"), [
    ("複判差異 24%，這樣要立刻停判嗎？", "陰性個案的", 24),
    ("复判差异 21%，要停止判读吗？", "是阴性的", 21),
    ("复判差异 21%，要停止判读吗？", "阴性个案", 21),
])
def test_a_reply_naming_the_rate_completes_the_tier(engine, question, reply, rate):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "hpa_reread_action"
    assert call.args.get("negative_discrepancy_pct") == rate and call.args.get("positive_discrepancy_pct") is None
    assert call.result["tier"] == "stop"


# ---------------------------------------------------------------- 4. a bare count for the activity asked about


@pytest.mark.parametrize(("question", "reply", "points"), [
    ("有去國外參加介入治療的研討會，換證可以抵幾分？", "3次", 45),
    ("去国外参加了介入治疗的会议，换证能抵多少分？", "2次", 30),
])
def test_a_bare_count_sets_the_activity_asked_about(engine, question, reply, points):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["activities"], first.answer
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "tsir_renewal_check" and call.result["points"] == points
    assert not any("更正" in a or "corrected" in a for a in final.assumptions), final.assumptions


# ---------------------------------------------------------------- 5. a count split in its place


@pytest.mark.parametrize(("question", "reply", "points"), [
    ("壁报 5 篇，换证算几分？", "国内 4 篇、国外 1 篇", 85),
    ("oral 發表 4 篇，換證可以算幾分？", "國外 1 篇，國內 3 篇", 70),
    ("e-poster 4篇，換證算幾分？", "3篇國內、1篇國外", 70),
])
def test_a_split_count_is_read_in_its_place(engine, question, reply, points):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["scope"], first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["points"] == points


def test_a_split_that_does_not_add_up_is_not_taken(engine):
    first, final = ask_and_reply(engine, "壁报 5 篇，换证算几分？", "国内 2 篇、国外 1 篇")
    assert first.route == "clarify"
    assert not any(c.result.get("points") in (55, 45) for c in final.tool_calls), final.answer


# ---------------------------------------------------------------- 6. the authorship alone


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("I had one SCI paper published this year, how many TSA credits?", "I was the corresponding author", 50),
    ("I had one SCI paper published, how many TSA credits?", "second author, full paper", 25),
])
def test_the_authorship_alone_completes_the_paper(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and [m.split(":")[0] for m in first.missing] == ["role"], first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["total"] == total


# ---------------------------------------------------------------- 7. a what-if adding to the part before


@pytest.mark.parametrize(("question", "totals"), [
    ("1) 今年參加月會 3 次、年會 1 次，積分多少？ 2) 如果再加 2 次月會呢？", (120, 160)),
    ("1）今年发表 SCI 论文 1 篇，第一作者，积分多少？2）如果再加一篇第二作者的 SCI 呢？", (50, 60)),
    ("(a) credits for 4 monthly meetings this year? (b) what if I also add the annual meeting?", (80, 140)),
])
def test_a_what_if_adding_a_thing_counts_both_parts(engine, question, totals):
    answer = ask_and_reply(engine, question)
    assert answer.parts and len(answer.parts) == 2, answer.answer
    got = tuple(p.tool_calls[0].result["total"] if p.route == "calculator" else None for p in answer.parts)
    assert got == totals, answer.answer


@pytest.mark.parametrize(("words", "adds"), [
    ("如果再加 2 次月會呢？", True),
    ("what if I also add the annual meeting?", True),
    ("要是再多去一次年會", True),
    ("如果改成 5 次呢？", False),
    ("what if it were 72%?", False),
    ("另外再加一家醫院的呢？", False),
])
def test_which_what_ifs_add(words, adds):
    assert adds_to_before(words) is adds


# ---------------------------------------------------------------- 8. a vague count answered with the facts whole


def test_a_vague_count_answered_whole_is_read_as_the_facts(engine):
    first, final = ask_and_reply(engine, "有几个疑似阳性个案没追踪完，会被扣多少？", "疑似阳性 100 个，完成 68 个")
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing), first.answer
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert (call.args["suspected_positive_cases"], call.args["completed_cases"]) == (100, 68)
    assert call.result["deduction_pct"] == 10


def test_a_vague_count_answered_whole_asks_only_what_is_still_missing(engine):
    first, final = ask_and_reply(engine, "有幾個疑似陽性的個案還沒追蹤完成，會扣多少錢？", "疑似陽性 120 個，完成 96 個")
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing), first.answer
    assert [m.split(":")[0] for m in final.missing] == ["annual_subsidy"], final.answer
    assert "unread" not in " ".join(final.missing)


# ---------------------------------------------------------------- 9. "一年的量": a requirement's measure, no figure


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("今年月會去了好幾次，年會也有參加，有沒有達到一年的標準？", "5次", 160),
    ("今年去了几次月会，还参加了年会，够不够一年的量？", "3次", 120),
])
def test_a_years_measure_is_no_unread_figure(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing), first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["total"] == total


def test_a_years_measure_beside_the_facts_computes(engine):
    answer = ask_and_reply(engine, "今年年會 1 次、月會 3 次，夠不夠一年的量？")
    assert answer.route == "calculator" and answer.tool_calls[0].result["total"] == 120, answer.answer
