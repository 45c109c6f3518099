"""Twenty-fifth round, replies to questions back (SPEC §3 clarify) and multi-part messages.

Classes (each tested with phrasings invented here, not the bank's):
1. A reply giving the exact figure for one the question gave roughly ("兩百出頭例" + "精確是 215 例", "about 14k" + "exact
   count 14,100") puts it in the rough figure's place: computed on the exact figure, the rough words never left unread
   and never computed on; a reply whose exact figure is of another unit, or a question with two rough figures, is not
   matched to one.
2. A reply splitting a count the question said in numerals ("三次座長" + "兩次國內、一次國外") is read in the count's
   place, the thing counted said with each piece.
3. A reply to a vague count that names the thing again ("查到了，月會 6 次" for "月會去了好幾次") gives the count: never
   the thing read twice (1 + 6) with the reply's figure left unread.
4. A negation in the clause a dash sets off ("reading system 86 — the alignment score isn't in yet") is that clause's:
   the figure before the dash stays read once the reply gives the missing score.
5. A reply listing work days by who did what ("one worked the full year, 365 days, the other 200"): the full year with
   its 365 days set off by a comma is one value, and "one" (who worked) is no value of the list.
6. A question back about a training said without its place ("出去進修了 4 個月") cites 5.9, whose two items the place
   decides — not only the article's head.
7. A reply giving some of the facts asked ("是疑似陽性個案的" while the previous review is asked too) is kept — read beside
   the figure it is about — and only the rest is asked again; the next reply is read with it (the figure never lost).
"""

from __future__ import annotations

import pytest

from bot.clarify import exact_for_rough
from tests.bot.conftest import ask_and_reply, thread


def _unread(answer) -> list[str]:
    return [m for m in answer.missing if m.startswith("unread:")]


# ---------------------------------------------------------------- 1. the exact figure for a rough one


@pytest.mark.parametrize(("question", "reply", "rough", "exact"), [
    ("我做了兩百出頭例 TACE，想申請指導老師", "精確是 213 例，放專 10 年", "兩百出頭", "213"),
    ("我们做了大约 14k 例筛查", "准确数字是 14,250", "大约 14k", "14250"),
    ("We did roughly 320 cases last six years.", "exact number is 331; 9 years as specialist", "roughly 320", "331"),
])
def test_the_exact_figure_takes_the_rough_ones_place(question, reply, rough, exact):
    rewritten, rest, (said, value) = exact_for_rough(question, reply)
    assert (said, value) == (rough, exact)
    assert exact in rewritten and rough not in rewritten
    assert exact not in rest


@pytest.mark.parametrize(("question", "reply"), [
    ("我做了兩百出頭例 TACE", "放專 10 年"),  # nothing said to be exact
    ("做了兩百出頭例，放專大概十年左右", "精確是 213 例"),  # two rough figures: which one is not guessed
    ("做了兩百出頭例", "精確是 213 天"),  # another unit
    ("做了 213 例", "精確是 213 例"),  # no rough figure
])
def test_an_exact_figure_is_matched_only_to_one_rough_figure_of_its_unit(question, reply):
    assert exact_for_rough(question, reply) is None


@pytest.mark.parametrize(("question", "reply", "tool", "key", "value"), [
    ("我RFA跟冷凍消融加起來兩百出頭例，想申請消融的指導老師，可以嗎？", "放專12年，確切是 208 例",
     "tsir_instructor_eligibility", "cases_last_6_years", 208),
    ("我们今年大约做了 13,000 例乳摄，有两位放射师，超量了吗？", "两位都是全年 365 天；准确是 13,050 例",
     "hpa_facility_volume", "annual_screenings", 13050),
    ("We screened about 11k women this year. How many of those won't be paid?", "three techs, all 365 days; the exact count is 11,420",
     "hpa_facility_volume", "annual_screenings", 11420),
])
def test_a_reply_with_the_exact_figure_completes_on_it(engine, question, reply, tool, key, value):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == tool and call.args[key] == value
    assert not _unread(final)


def test_the_exact_figure_alone_completes_when_it_was_the_only_fact_missing(engine):
    first, final = ask_and_reply(engine, "我放專 11 年，RFA 做了兩百多例，能申請消融的指導老師嗎？", "精確是 196 例")
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].args["cases_last_6_years"] == 196


# ---------------------------------------------------------------- 2. a count said in numerals, split by the reply


@pytest.mark.parametrize(("question", "reply", "split"), [
    ("這六年當過三次座長，換證可以抵幾分？", "兩次國內、一次國外", {"domestic": 2, "international": 1}),
    ("近几年担任讲师四次，换证积分能算多少？", "三次在国内，一次在国外", {"domestic": 3, "international": 1}),
    ("我擔任過五次座長，換證積分多少？", "國內四次、國外一次", {"domestic": 4, "international": 1}),
])
def test_a_reply_splitting_a_numeral_count_reads_each_piece(engine, question, reply, split):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    items = final.tool_calls[0].args["activities"]
    assert {it["scope"]: it["count"] for it in items} == split
    assert not _unread(final)


# ---------------------------------------------------------------- 3. a vague count's reply naming the thing again


@pytest.mark.parametrize(("question", "reply", "count", "total"), [
    ("今年月會去了好幾次，年會也去了一次，總共幾分？", "查過了，月會是 5 次", 5, 160),
    ("今年参加了几次月会，还去了一次年会，总共几分？", "翻了一下，月会 3 次", 3, 120),
    ("I went to a few monthly meetings this year and one annual meeting. How many credits?", "checked: monthly meetings 4 times", 4, 140),
])
def test_a_vague_counts_reply_naming_the_thing_gives_its_count(engine, question, reply, count, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    items = {it["kind"]: it["count"] for it in final.tool_calls[0].args["activities"]}
    assert items["tsa_monthly_meeting"] == count
    assert final.tool_calls[0].result["total"] == total


# ---------------------------------------------------------------- 4. a negation in the clause a dash sets off


@pytest.mark.parametrize(("question", "reply", "worst"), [
    ("QC field test: dose 90, phantom 86, compression 88, reading system 79 — the alignment score isn't back yet. Worst grade?",
     "alignment came back 91", "B"),
    ("Unit test scores: dose/HVL 84, phantom 90, alignment 88, reading 92 — the compression result isn't in the report yet. "
     "Grades, and can we keep using it?", "compression 71", "C"),
    ("實測分數：劑量 88、假體 90、壓迫 85、讀片系統 80——照野對齊的分數還沒出來。最差幾等？", "照野 74", "C"),
])
def test_a_figure_before_a_dash_stays_read(engine, question, reply, worst):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["worst"] == worst
    assert not _unread(final)


# ---------------------------------------------------------------- 5. who worked, and the full year restated


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("We did 10,400 screenings this year with two qualified radiographers. Over the reasonable volume?",
     "one worked the full year, 365 days, the other 250", [365, 250]),
    ("We did 10,400 screenings this year with two qualified radiographers. Over the reasonable volume?",
     "one worked the full year, the other 250 days", [365, 250]),
    ("今年篩檢 9,500 案，兩位合格放射師，有沒有超過合理量？", "一位做了全年，另一位做了 220 天", [365, 220]),
])
def test_who_worked_is_no_value_of_the_days(engine, question, reply, days):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].args["radiographer_work_days"] == days


# ---------------------------------------------------------------- 6. a training's question back cites 5.9


@pytest.mark.parametrize("question", [
    "去年出去進修了三個月，這樣有幾分？",
    "前年出去进修了5个月，可以拿几分？",
    "I did a 3-month fellowship last year. How many credits is that?",
])
def test_a_training_asked_back_cites_its_clause(engine, question):
    first = ask_and_reply(engine, question)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert "tsa-cme/5.9" in [c.id for c in first.citations]


def test_a_question_back_with_no_training_does_not_cite_it(engine):
    first = ask_and_reply(engine, "今年去了一些研討會，積分多少？")
    assert first.route == "clarify"
    assert "tsa-cme/5.9" not in [c.id for c in first.citations]


# ---------------------------------------------------------------- 7. a reply giving some of the facts asked
# (asked of a suspension, 停權: only then does the previous review decide, so the rest stays asked; a bare
# "stop reading?" is answered from the rate given, tests/bot/test_reader_hpa25.py)


@pytest.mark.parametrize(("question", "reply", "rate", "key"), [
    ("複判差異 56%，會不會被停權？", "那是疑似陽性個案的", 56, "positive_discrepancy_pct"),
    ("复判差异 17%，会被停权吗？", "是阴性个案的", 17, "negative_discrepancy_pct"),
])
def test_a_reply_naming_the_rate_is_kept_while_the_rest_is_asked(engine, question, reply, rate, key):
    first, second = thread(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert second.route == "clarify" and not second.tool_calls, second.answer
    assert second.pending_call.args.get(key) == rate
    assert key not in [m.split(":")[0] for m in second.missing]


@pytest.mark.parametrize(("messages", "tier"), [
    (("複判差異 56%，會不會被停權？", "那是疑似陽性個案的", "上次沒有被要求過，陰性 8%"), "required"),
    (("複判差異 56%，會不會被停權？", "那是疑似陽性個案的", "陰性 8%，前次審查有要求過"), "stop_and_suspend"),
])
def test_the_rate_kept_is_read_with_the_next_reply(engine, messages, tier):
    *_, last = thread(engine, *messages)
    assert last.route == "calculator", last.answer
    call = last.tool_calls[0]
    assert call.args["positive_discrepancy_pct"] == 56 and call.args["negative_discrepancy_pct"] == 8
    assert call.result["tier"] == tier
