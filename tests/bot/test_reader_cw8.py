"""Classes of the eighth blind round's development half that gave a confidently wrong figure, each tested with wording
of its own: a flag said of an item already counted by pointing back at it ("poster 那篇是病例報告", "the poster was a
case report"), items carved out of one by a subset read as a run going through an earlier count, a one-character
numeral as a list figure ("IRE 五"), a head count before a colon whose list opens on "a" / "one", and the meeting named
only as where a presentation was given."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _calc(a):
    assert a.route == "calculator", (a.route, a.missing, a.answer[:200])
    return a.tool_calls[0]


# --- 1. a flag said of an item already counted, pointing back at it -------------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("今年 oral 兩篇、poster 一篇，都是一作，poster 那篇是病例報告，發表積分幾分？", 25),
    ("This year: 2 oral presentations and 1 poster, first author on all; the poster was a case report. Presentation credits?", 25),
    ("口頭報告三篇、壁報兩篇都是一作，壁報那兩篇都是病例報告，發表積分多少？", 40),
    ("今年口头报告一篇、壁报一篇，都是一作，壁报那篇是病例报告，发表积分多少？", 15),
])
def test_a_flag_pointing_back_at_a_counted_item_is_no_new_item(engine, question, total):
    call = _calc(_ask(engine, question))
    assert call.result["total"] == total
    assert sum(it.get("count", 1) for it in call.args["activities"] if it["kind"] == "presentation") \
        == {25: 3, 40: 5, 15: 2}[total]


@pytest.mark.parametrize("question", [
    "oral 2 篇、poster 2 篇（都一作），其中一篇 poster 是 case report，幾分？",
    "oral 2 篇、壁報 2 篇（都是一作），其中一篇壁報是病例報告，發表積分？",
])
def test_items_carved_by_a_subset_are_no_run_going_through_an_earlier_count(engine, question):
    call = _calc(_ask(engine, question))
    counts = sorted(it.get("count", 1) for it in call.args["activities"] if it["kind"] == "presentation")
    assert sum(counts) == 4  # the two orals stay; before, the carved posters (1 + 1) "went through" them and they went
    assert call.result["total"] == 35


# --- 2. a one-character numeral as the figure of a Latin label in a list --------------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("近6年做消融：RFA 九十、MWA 六十、IRE 五，專科 10 年，夠不夠？", 155),
    ("近六年肝腫瘤消融：RFA 一百二、冷凍 二十、IRE 三；專科九年半，差幾例", 143),
    ("近6年 RFA 九十、MWA 五，專科 10 年，夠嗎", 95),
])
def test_a_one_character_numeral_in_a_list_is_read(engine, question, cases):
    assert _calc(_ask(engine, question)).args["cases_last_6_years"] == cases


def test_a_one_character_numeral_after_a_han_word_stays_a_word():
    from bot.parsing.numbers import normalize_numerals

    assert normalize_numerals("統一，之一，RFA 五、") == "統一，之一，RFA 5、"


# --- 3. a head count before a colon whose list opens on "a" / "one" ------------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("Two papers this year: an SCI case report where I'm first author, and a full paper in a non-SCI journal where "
     "I'm corresponding. Credits?", 55),
    ("2 papers in 2026: one SCI original as first author, and a non-SCI paper as corresponding author. credits?", 60),
])
def test_a_head_count_before_a_colon_list_is_its_heading(engine, question, total):
    call = _calc(_ask(engine, question))
    assert [it.get("count", 1) for it in call.args["activities"]] == [1, 1]
    assert call.result["total"] == total


# --- 4. the meeting named only as where a presentation was given ----------------------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("年會我第一作者上台 oral 兩篇，另外一篇 case report 貼 poster（也是一作），發表積分共幾分？", 25),
    ("今年外科年會我以一作發表壁報兩篇，幾分？", 20),
])
def test_a_meeting_named_as_the_place_of_a_presentation_is_not_attended(engine, question, total):
    call = _calc(_ask(engine, question))
    assert not any(it["kind"] == "tsa_annual_meeting" for it in call.args["activities"])
    assert call.result["total"] == total


def test_attending_said_outright_still_counts_the_meeting(engine):
    call = _calc(_ask(engine, "今年參加外科年會，也在年會上台報告一篇 oral（一作），總共幾分？"))
    assert call.result["total"] == 70


# --- 5. "差幾例", "還缺幾分", "剩幾天" ask the shortfall: no vague count to ask back about --------------------------------

@pytest.mark.parametrize("text", ["專科九年半，差幾例", "換證還缺幾分", "离门槛还差几篇"])
def test_a_shortfall_asked_with_ji_is_no_vague_fact(text):
    from bot.vague import find_vague

    assert find_vague(text) == []


def test_a_vague_count_stated_as_a_fact_is_still_found():
    from bot.vague import find_vague

    assert find_vague("今年去了幾次月會，還差幾分") == ["幾次"]


# --- 6. a value word said of one of a group is that one's ("兩個放射師，一個全年…") ---------------------------------------

@pytest.mark.parametrize("question", [
    "我們有兩個放射師，一個全年 365 天，另一個是下半年才來的，今年篩了 9000 案，會超量嗎？",
    "我们有两个放射师，一个全年，另一个九月才来，今年筛了 9000 例，超量吗？",
])
def test_a_value_word_of_one_of_a_group_is_not_every_ones(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify"  # the other one's days are not said: asked, never 365 twice


def test_a_value_word_of_the_whole_group_is_still_every_ones(engine):
    call = _calc(_ask(engine, "兩位放射師都全年上班，年篩 13000 案，超量嗎"))
    assert call.args["radiographer_work_days"] == [365, 365]


# --- 7. a fact the person says they do not have is asked for, not left out -----------------------------------------

@pytest.mark.parametrize("question", [
    "My sampled films: 350, 362, and a third one I can't remember. Average grade?",
    "抽選片三組：350、362，第三組分數忘了，平均幾等？",
    "兩位放射師，一位 365 天，另一位的天數我不記得了，年篩 9000 案，有超量嗎",
])
def test_a_fact_said_to_be_unknown_is_asked_for(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls


def test_the_reply_giving_the_unknown_fact_completes_the_calculation(engine):
    _, b = _ask(engine, "My sampled films: 350, 362, and a third one I can't remember. Average grade?", "the third was 371")
    assert _calc(b).result["grade"] == "A"


@pytest.mark.parametrize("text", ["不確定是否超量：兩位放射師都全年，年篩 13000 案", "not sure if we're over, 13000 screenings",
                                  "我不知道會不會被扣款，完成率 68%"])
def test_not_knowing_the_answer_is_the_question_not_a_missing_fact(text):
    from bot.unknowns import stated_unknowns

    assert stated_unknowns(text) == []
