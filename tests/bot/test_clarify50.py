"""Round 50 (clarify50): a fact the answer turns on, said vaguely or with a hedge, is asked — never defaulted (issue 9).

1. A count said VAGUELY with any counter of times ("好幾回", "好幾趟", "數回", "N多次", "多場", "a couple of times") is asked for
   (bot.vague); a part of it said exactly ("其中兩趟是講者") is kept and bound once the reply gives the count. Exact counts with
   those counters, a part of them included ("其中兩趟"), are counts of 次 (bot.parsing.text), never read as 1.
2. A yes / no of one's own said with a HEDGE ("好像", "印象中", "應該有…吧", "記不清了", a clause "我不太確定" beside it, "I think",
   "IIRC", "maybe") is not read as said (bot.reader.words.hedged_fact): asked where the result turns on it, computed with an
   assumption where it does not (bot.reader.check.same_either_way). An enum choice said so ("好像是自選片") likewise.
   Near misses: said plainly (有 / 沒有 / "did require") is read as said.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.reader.words import hedged_fact
from bot.vague import find_vague
from tests.bot.conftest import ask_and_reply, calculator_call

# ----------------------------------------------------------------------------------------- 1. vague counts, any counter

VAGUE = [
    ("月會也去了好幾回，年會一次", "好幾回"),
    ("月會跑了好幾趟", "好幾趟"),
    ("月會參加過數回。", "數回"),
    ("月會去了N多次，年會一次", "N多次"),
    ("月會去了二十多回", "二十多回"),
    ("演講也講了不少回", "不少"),
    ("I went to the monthly meeting a couple of times and the annual once", "a couple of times"),
]


@pytest.mark.parametrize(("text", "phrase"), VAGUE)
def test_vague_count_with_any_counter_is_found(text, phrase):
    assert phrase in find_vague(text)


@pytest.mark.parametrize("text", ["月會去了6回，年會一趟", "這是兩回事", "差不多回到原點", "一回到家就算了積分"])
def test_exact_count_or_word_is_no_vague_count(text):
    assert find_vague(text) == []


@pytest.mark.parametrize(("text", "read"), [("其中兩趟是講者", "其中2次是講者"), ("其中一回還上台報告", "其中1次"),
                                           ("當中兩回我是講者", "當中2次我是講者")])
def test_part_counted_with_other_counters_reads_as_times(text, read):
    assert read in Query(text).text


@pytest.mark.parametrize("text", ["其中兩回事", "我回國兩回"])
def test_hui_of_a_word_is_no_count(text):
    assert Query(text).text == text


COUNT_ASKED = [
    ("年會去了一趟，月會去了好幾趟，其中兩趟是講者。積分多少？", "月會 5 次", 200),
    ("月會參加了數回，年會一次，這樣幾分？", "4 次", 140),
    ("月会跑了好几回，年会去了一次，积分多少？", "3次", 120),
    ("Annual meeting once, and monthly meetings a couple of times, one of them as a speaker. Credits?", "5 monthly meetings", 180),
]


@pytest.mark.parametrize(("question", "reply", "total"), COUNT_ASKED)
def test_vague_count_is_asked_and_reply_completes_with_the_part_kept(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    assert calculator_call(final, "tsa_credit_tally").result["total"] == total


@pytest.mark.parametrize(("question", "total", "talks"), [
    ("年會去一趟，月會跑了六回，其中一回上台報告。積分多少？", 200, 1),
    ("年會去了一趟，月會去了5趟，其中兩趟是講者。積分多少？", 200, 2),
])
def test_exact_counts_with_other_counters_are_computed(engine, question, total, talks):
    call = calculator_call(ask_and_reply(engine, question), "tsa_credit_tally")
    assert call.result["total"] == total
    assert [a["count"] for a in call.args["activities"] if a["kind"] == "tsa_monthly_speaker"] == [talks]


# ------------------------------------------------------------------------------------------------ 2. hedged yes / no

HEDGED = [
    ("上次審查好像有被要求參加座談會", "被要求"),
    ("印象中前次審查有要求參加座談會", "要求"),
    ("上次審查應該有被要求吧", "被要求"),
    ("上次有被要求參加座談會，我不太確定", "被要求"),
    ("我不太確定，上次有被要求參加座談會", "被要求"),
    ("上次有被要求，記不清了", "被要求"),
    ("I think the last review required the seminar", "required"),
    ("IIRC the last review required it", "required"),
    ("Maybe the previous review required the seminar", "required"),
    ("the last review required it, not entirely sure", "required"),
]


@pytest.mark.parametrize(("text", "word"), HEDGED)
def test_hedged_fact(text, word):
    at = text.index(word)
    assert hedged_fact(text, at, at + len(word))


PLAIN = [
    ("上次審查有被要求參加座談會，這次會怎樣？", "被要求"),
    ("上次審查確實有被要求", "被要求"),
    ("上次審查沒有被要求，陽性 55%", "被要求"),
    ("The previous review did require the seminar. What now?", "require"),
    ("Last review required the seminar; positive 56%", "required"),
]


@pytest.mark.parametrize(("text", "word"), PLAIN)
def test_plain_fact_is_not_hedged(text, word):
    at = text.index(word)
    assert not hedged_fact(text, at, at + len(word))


FLAG_ASKED = [
    ("陽性複判差異 52%，陰性 10%，印象中前次後續審查有要求參加判片座談會，結果會是哪一級？", "查了，沒有", "required"),
    ("Positive re-read discrepancy 57%, negative 6%. I believe the last review required the seminar. What happens?",
     "yes, it did", "stop_and_suspend"),
    ("阳性复判差异 53%，阴性 6%。上次审查好像被要求参加座谈会，记不清了。会怎样？", "确实有", "stop_and_suspend"),
    ("陽性 54%，陰性 8%。我不太確定，上次審查有被要求參加座談會。這次會怎樣？", "有", "stop_and_suspend"),
]


@pytest.mark.parametrize(("question", "reply", "tier"), FLAG_ASKED)
def test_hedged_previous_requirement_is_asked_and_reply_completes(engine, question, reply, tier):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    assert any("previously_required" in m for m in first.missing), first.missing
    assert calculator_call(final, "hpa_reread_action").result["tier"] == tier


@pytest.mark.parametrize("question", [
    "陽性複判差異 30%，陰性 5%，上次審查好像有被要求參加座談會。會怎樣？",
    "Positive 30%, negative 4%. Maybe the last review asked the reader to attend the seminar. What happens?",
])
def test_hedged_requirement_that_cannot_change_the_tier_is_an_assumption(engine, question):
    a = ask_and_reply(engine, question)
    assert calculator_call(a, "hpa_reread_action").result["tier"] == "none"
    assert any("結果都相同" in x or "same either way" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "previous", "tier"), [
    ("陽性 55%，陰性 9%，上次審查有被要求參加座談會，這次會怎樣？", True, "stop_and_suspend"),
    ("Positive 56%, negative 8%; the previous review did require the seminar. What now?", True, "stop_and_suspend"),
    ("陽性 55%，陰性 9%，上次審查沒有被要求，這次會怎樣？", False, "required"),
])
def test_plain_previous_requirement_is_read(engine, question, previous, tier):
    call = calculator_call(ask_and_reply(engine, question), "hpa_reread_action")
    assert call.args["previously_required"] is previous and call.result["tier"] == tier


def test_hedged_image_kind_is_asked_where_it_changes_the_grade(engine):
    first, final = ask_and_reply(engine, "放射師臨床影像兩組分數 330、375，好像是自選片，評等是？", "是自選片")
    assert first.route == "clarify" and not first.tool_calls
    assert calculator_call(final, "hpa_image_grade").result["grade"] == "C"


def test_hedged_image_kind_that_cannot_change_the_grade_is_an_assumption(engine):
    a = ask_and_reply(engine, "放射師臨床影像兩組分數 350、365，好像是自選片，評等是？")
    assert calculator_call(a, "hpa_image_grade").result["grade"] == "B"
    assert any("結果都相同" in x for x in a.assumptions), a.assumptions


# (merge check) a hedge on the rule asked ("離島好像可以加倍？") after the fact said plainly (在金門上班) leaves the fact said
def test_a_fact_said_plainly_once_is_not_unsure(ask):
    a = ask("我在澎湖的醫院上班，今年外科年會一次、月會兩次，離島好像有加倍？總共幾分")
    assert a.route == "calculator", a.answer[:120]
    assert calculator_call(a, "tsa_credit_tally").args["offshore_island"] is True
