"""Round 51 calculator classes (calcdev51): 另 + a count opens an item of its own; a question typed on after the last item
leaves no plural open; "im" / "ive" are the person's own; a medical centre written short; a post held now is no training; a
figure not checked yet denies nothing; pay for a duty is out of scope; a roster of masked or full names, one per line, is
one part per person."""

from __future__ import annotations

import re

import pytest

from bot.extract.base import PERSONAL
from bot.parsing.text import Query
from bot.parts import split_parts
from bot.vague import NOT_YET_CHECKED
from calculators.vocab_tsa import BACKGROUND, MED_CENTRE
from tests.bot.conftest import TODAY, ask_and_reply, calculator_call, reader_call


def _items(question: str) -> list[tuple]:
    """The tally's items read from `question`: (kind, count, role, months)."""
    call = reader_call(question, "tsa_credit_tally")
    return [(it["kind"], it.get("count"), it.get("role"), it.get("months")) for it in call.args["activities"]]


# ---------------------------------------------------------------- (A) 另 + count
@pytest.mark.parametrize(("question", "items"), [
    ("非SCI 兩篇我是第二作者 另一篇排第四作者", [("paper_non_sci", 2, "second", None), ("paper_non_sci", 1, "other", None)]),
    ("SCI 2篇一作 另1篇通訊", [("paper_sci", 2, "first", None), ("paper_sci", 1, "corresponding", None)]),
    ("SCI 2篇一作另1篇通訊", [("paper_sci", 2, "first", None), ("paper_sci", 1, "corresponding", None)]),
    ("非SCI 一篇我是一作 另兩篇是第三作者", [("paper_non_sci", 1, "first", None), ("paper_non_sci", 2, "other", None)]),
    # near misses: a count gone through one by one; a part of the count before (其中)
    ("SCI兩篇 一篇一作 另一篇通訊", [("paper_sci", 1, "first", None), ("paper_sci", 1, "corresponding", None)]),
    ("SCI兩篇 一篇一作另一篇通訊", [("paper_sci", 1, "first", None), ("paper_sci", 1, "corresponding", None)]),
    ("月會5次 其中2次是講者", [("tsa_monthly_meeting", 5, None, None), ("tsa_monthly_speaker", 2, None, None)]),
])
def test_another_with_its_count_is_an_item_of_its_own(question, items):
    assert _items(question) == items


def test_another_is_set_apart_as_a_comma_would():
    assert "第二作者，另1篇" in Query("非SCI 兩篇我是第二作者 另一篇排第四作者").text
    assert "一作、另1篇" in Query("SCI 2篇一作另1篇通訊").text
    assert "另一方面" in Query("我覺得 另一方面").text  # no count after 另: no break


# ---------------------------------------------------------------- (B) the question typed on; im / ive
@pytest.mark.parametrize("question", [
    "plus a non sci paper first author how many credits do the papers give",
    "an SCI paper first author and a poster how many points are my posters worth",
    "ive got a non sci paper first author what are my papers worth",
])
def test_a_plural_after_the_question_words_leaves_no_count_open(question):
    assert reader_call(question, "tsa_credit_tally").needs == []


@pytest.mark.parametrize("question", ["went to monthly meetings how many credits do I get", "presented posters. credits?"])
def test_a_plural_said_with_no_count_is_still_asked(question):
    assert [n.key for n in reader_call(question, "tsa_credit_tally").needs] == ["count"]


@pytest.mark.parametrize(("text", "own"), [
    ("where im second author", True), ("ive got a paper", True), ("Im 2nd author", True),
    ("an IM doctor's paper", False), ("the IM ward", False), ("vive la", False),
])
def test_im_and_ive_typed_bare_are_the_persons_own(text, own):
    assert bool(PERSONAL.search(text)) is own


# ---------------------------------------------------------------- (C) a medical centre written short
@pytest.mark.parametrize(("text", "centre"), [
    ("at a med center", True), ("a med. centre", True), ("medical centre", True), ("醫中進修", True), ("醫學中心", True),
    ("medicine center", False), ("醫中有人說", False), ("a media center", False),
])
def test_a_medical_centre_written_short(text, centre):
    assert bool(re.search(MED_CENTRE, text, re.IGNORECASE)) is centre


@pytest.mark.parametrize(("question", "items"), [
    ("did ATLS x1 and 2 months of training at a med center here in TW this year. total?",
     [("atls", 1, None, None), ("training_domestic", None, None, 2)]),
    ("去年在醫中進修2個月 可以拿幾分", [("training_domestic", None, None, 2)]),
    ("I did 3 months of training at a med centre in Taichung last year, credits?", [("training_domestic", None, None, 3)]),
])
def test_training_at_a_medical_centre_written_short_is_domestic(question, items):
    assert _items(question) == items


# ---------------------------------------------------------------- (D) a post held now
@pytest.mark.parametrize(("text", "background"), [
    ("Visiting fellow here.", True), ("I'm a visiting scholar from Korea", True), ("I am a clinical fellow from Japan", True),
    ("Spent 3 months as a visiting fellow in Boston last year", False),
    ("我是來臺灣的 visiting fellow", True), ("身為 visiting scholar", True),
    ("I was a visiting fellow in Japan for 3 months", False), ("我是 visiting fellow 在日本進修3個月", False),
])
def test_a_post_held_now_is_who_the_person_is(text, background):
    assert bool(re.search(BACKGROUND, text, re.IGNORECASE)) is background


@pytest.mark.parametrize(("question", "items"), [
    ("Visiting fellow here. Back home I did a 2-month observership abroad (Japan) and a 4-hour course that's credited by "
     "the hour. Both this year. Total?", [("training_abroad", None, None, 2), ("hours", None, None, None)]),
    ("Visiting scholar here from Korea. Went to 3 TSA monthly meetings this year. How many credits?",
     [("tsa_monthly_meeting", 3, None, None)]),
    ("我是來台灣的 visiting fellow，今年參加外科醫學會年會一次，幾分？", [("tsa_annual_meeting", 1, None, None)]),
    # near miss: a stay said with its length is training
    ("I was a visiting fellow in Japan for 2 months this year. credits?", [("training_abroad", None, None, 2)]),
])
def test_no_training_is_read_from_a_post_held_now(question, items):
    assert _items(question) == items


def test_the_place_of_a_post_held_now_is_no_note():
    notes = [n.en for n in reader_call("我是來台灣的 visiting fellow，今年參加外科醫學會年會一次，幾分？", "tsa_credit_tally").notes]
    assert not any("follows the place written" in n for n in notes)


# ---------------------------------------------------------------- (E) a figure not checked yet
@pytest.mark.parametrize(("text", "unchecked"), [
    ("我還沒跟他對", True), ("還沒確認", True), ("我還沒問他", True), ("尚未跟秘書核對", True), ("haven't checked with him yet", True),
    ("not confirmed yet", True), ("還沒去", False), ("沒去", False), ("not attended", False), ("還沒算進去", False),
    ("not counted", False),
])
def test_not_yet_checked(text, unchecked):
    assert bool(re.search(NOT_YET_CHECKED, text, re.IGNORECASE)) is unchecked


def test_a_count_not_yet_checked_is_the_count(engine):
    a = ask_and_reply(engine, "今年月會去了5次我還沒跟秘書確認 年會1次 總共幾分")
    assert calculator_call(a, "tsa_credit_tally").result["total"] == 160


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("張醫師今年外科醫學會年會有去一次，月會去了幾次我還沒跟他對…先幫我估今年總共多少分？", "月會5次", 160),
    ("李醫師今年月會去了幾次我還沒問他，年會有去一次，幫我算總共幾分", "6次", 180),
])
def test_a_vague_count_not_yet_checked_is_asked_and_the_reply_completes_it(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert calculator_call(final, "tsa_credit_tally").result["total"] == total


# ---------------------------------------------------------------- (F) pay for a duty
@pytest.mark.parametrize("question", [
    "what's the weekend on-call pay rate for surgery residents at public hospitals",
    "How much is the night-shift allowance for surgical residents?",
    "外科住院醫師夜班費一班多少",
    "值班津貼怎麼算",
])
def test_pay_for_a_duty_is_out_of_scope(engine, question):
    assert ask_and_reply(engine, question).route == "out_of_scope"


def test_a_duty_asked_of_our_credits_stays_ours(engine):
    assert ask_and_reply(engine, "does on-call duty count for TSA credits?").route != "out_of_scope"


# ---------------------------------------------------------------- (G) a roster
ROSTER = ("不好意思又來麻煩🙏 部長要我統計今年(2026)幾位主治的外科醫學會積分，我直接貼名單：\n"
          "王ＯＯ　年會1次、月會四次，其中一次他是上台講的\n"
          "李ＯＯ　月會2次、去ESSO(國際會議)一趟、院外研討會3小時的一場\n"
          "陳ＯＯ　SCI一作兩篇、年會1\n"
          "三個人各幾分？\n")


def test_a_roster_is_one_part_per_person(engine):
    a = ask_and_reply(engine, ROSTER)
    assert a.route == "calculator"
    assert [p.tool_calls[0].result["total"] for p in a.parts] == [160, 70, 120]
    # "他" in 王's line is 王: his own talk, no other person's presenting noted
    assert not any("別人" in s for s in a.parts[0].assumptions)


@pytest.mark.parametrize(("question", "parts"), [
    ("今年科內兩位的積分幫我算\n張小明 月會5次\n劉大華 年會1次、ATLS一次\n兩位各多少分？", 2),
    ("幫忙算一下今年幾位主治的外科積分：\n林○○　月會3次、ATLS 1次\n黃○○　年會1次、月會2次\n兩位各幾分？", 2),
    ("主任要的名單：\n王XX：月會3次\n吳XX：年會1次\n陳XX：ATLS 1次\n各自幾分？", 3),
])
def test_rosters_by_masked_or_full_name(question, parts):
    found, numbered = split_parts(Query(question, today=TODAY).folded)
    assert numbered and found is not None and len(found) == parts


@pytest.mark.parametrize("question", [
    "今年：\n月會 3次\n年會 1次\n各幾分？",  # lines of activities, no person
    "王〇〇 今年年會1次、月會2次，幾分？",  # one person
])
def test_no_roster_without_several_persons(question):
    assert split_parts(Query(question, today=TODAY).folded)[0] is None


@pytest.mark.parametrize(("text", "read"), [
    ("黃○○　年會1次", "黃 OO 年會1次"), ("王〇〇：月會2次", "王 OO:月會2次"), ("二〇二六年", "2026年"), ("一○○分", "100分"),
    ("今年年會〇次，月會3次", "今年年會0次,月會3次"),
])
def test_a_masked_name_is_no_figure(text, read):
    assert Query(text, today=TODAY).text == read
