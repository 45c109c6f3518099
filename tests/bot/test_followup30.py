"""Thirtieth round: a reply that names WHICH of the things the question back asked about it gives a value for.

Classes (each tested with phrasings invented here, not the banks'):
1. A list asked item by item ("each radiographer's work days") where the question gave some items and named the others
   without a figure ("一位全年，另一位年中才來"): a reply naming the one(s) still lacking — 另一位 / 第二位 / 後來那位 /
   新來的那位 / the other one / the second RT — fills those, keeping the items the question fixed (the full year), never
   counts one person more; a reply naming "the rest" with one figure each or one figure for all of them ("剩下兩位各 150
   天", "the other two: 150 and 170", "其他的都 150 天") fills the rest only, never every item.
2. A reply whose named ones do not fit what is lacking ("第一位 200 天" where the first one's figure was read, "剩下三位"
   where two are lacking, "另一位 150 天" where two are lacking) is asked again — never a list guessed from it.
3. A count of the years said beside a run of yearly figures ("5 of my 6 yearly totals: …", "I only have five of them")
   counts the years, it is no year's figure: the sixth year is asked, and a reply naming it ("the last year 120", "this
   year 120", "最後一年 120") completes the check.
4. A reply to one vague count ("月會有去幾次") that gives that count and then a fact of another kind ("月會 5 次，講 1 次",
   "5 次，講 1 次") is the count, then the other fact — never the two figures added up as the count; a reply listing the
   counted items one by one ("一篇一作、一篇二作" for "發了幾篇") is led by their count (two of one paper each); a clause
   after the count saying again a fact the question said ("還上台講過一次" + "月會 4 次，講 1 次") is read once.
5. A whole reply that is a count in Chinese numerals with a classifier ("兩個", "三个吧") answers the count asked (the
   text keeps "兩個" as words, for "兩個都…" is "both").
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply

# ---------------------------------------------------------------- 1. the reply names the one(s) lacking

_TWO_ZH_TW = "年篩 9500 案，我們放射師兩位：一位整年都在，另一位是新來的，會不會超量？"
_TWO_ZH_CN = "年筛 9500 例，放射师两位，一位全年在岗，另一位年中才入职，会超量吗？"
_TWO_EN = "Annual screenings 9500, two radiographers, one full-year, the other started mid-year. Are we over?"


def _days(answer) -> list[float]:
    return [c.args["radiographer_work_days"] for c in answer.tool_calls if c.name == "hpa_facility_volume"][0]


def test_the_question_asks_the_days_of_the_one_named_without_them(engine):
    for question in (_TWO_ZH_TW, _TWO_ZH_CN, _TWO_EN):
        first = ask_and_reply(engine, question)
        assert first.route == "clarify", question
        assert first.pending_call is not None and first.pending_call.name == "hpa_facility_volume"
        assert any(m.startswith("radiographer_work_days") for m in first.missing), question


@pytest.mark.parametrize(("question", "reply"), [
    (_TWO_ZH_TW, "另一位做了 200 天"),
    (_TWO_ZH_TW, "第二位 200 天"),
    (_TWO_ZH_TW, "新來的那位 200 天"),
    (_TWO_ZH_CN, "另一位 200 天"),
    (_TWO_ZH_CN, "第二位干了200天"),
    (_TWO_ZH_CN, "后来那位 200 天"),
    (_TWO_EN, "the other one worked 200 days"),
    (_TWO_EN, "the second RT did 200 days"),
    (_TWO_EN, "the new one 200 days"),
])
def test_a_reply_naming_the_one_lacking_fills_it_and_keeps_the_full_year(engine, question, reply):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert _days(answer) == [365, 200]  # never a third radiographer, never the first one's year replaced
    assert answer.tool_calls[0].args["annual_screenings"] == 9500


_FOUR_ZH = "今年篩了 21000 案，放射師四位，其中兩位整年，另外兩位下半年才來，會超量嗎？"
_THREE_ZH = "年篩 15000 案，放射師三位，一位全年、一位 200 天，第三位還沒算，會超量嗎？"


@pytest.mark.parametrize(("question", "reply", "days"), [
    (_FOUR_ZH, "剩下兩位各 150 天", [365, 365, 150, 150]),
    (_FOUR_ZH, "另外兩位 150、170", [365, 365, 150, 170]),
    (_FOUR_ZH, "其他的都 150 天", [365, 365, 150, 150]),
    (_FOUR_ZH, "后来那两位 150、170", [365, 365, 150, 170]),
    (_THREE_ZH, "第三位 120 天", [365, 200, 120]),
    (_THREE_ZH, "最後一位 120 天", [365, 200, 120]),
    (_THREE_ZH, "the third one 120", [365, 200, 120]),
])
def test_a_reply_naming_the_rest_fills_the_rest_only(engine, question, reply, days):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert _days(answer) == days


@pytest.mark.parametrize("reply", ["the other two 150 days each", "the remaining two: 150 and 150"])
def test_the_count_of_the_rest_is_never_one_of_their_days(engine, reply):
    # (the English count of the rest, "the other 2", may still be asked about; never a list with a 2 in it)
    _, answer = ask_and_reply(engine, _FOUR_ZH, reply)
    assert answer.route == "clarify" or _days(answer) == [365, 365, 150, 150], answer.answer[:300]


# ---------------------------------------------------------------- 2. named ones that do not fit: asked again


@pytest.mark.parametrize(("question", "reply"), [
    (_TWO_ZH_TW, "第一位 200 天"),   # the first one's year was read: which one is meant is not clear
    (_FOUR_ZH, "剩下三位各 150 天"),  # two are lacking, not three
    (_FOUR_ZH, "另一位 150 天"),      # one figure for one of the two lacking
    (_FOUR_ZH, "the other three 150 each"),
])
def test_named_ones_that_do_not_fit_what_is_lacking_are_asked_again(engine, question, reply):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route == "clarify", (reply, answer.answer[:300])
    assert not answer.tool_calls
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_facility_volume"


# ---------------------------------------------------------------- 3. a count of the years beside the yearly figures


@pytest.mark.parametrize("question", [
    "For the renewal: I know 5 of my 6 yearly totals, 110, 90, 130, 100, 95. Enough?",
    "My six yearly totals, I only have five of them: 110, 90, 130, 100, 95. Can I renew?",
    "六年的積分我只記得五年：110、90、130、100、95，可以展延嗎？",
])
@pytest.mark.parametrize("reply", ["the last year 120", "this year 120", "最後一年 120"])
def test_a_count_of_years_is_no_years_figure_and_the_reply_names_the_sixth(engine, question, reply):
    first, answer = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer[:300]
    assert any(m.startswith("yearly_credits") for m in first.missing)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert answer.tool_calls[0].name == "tsa_renewal_check"
    assert answer.tool_calls[0].args["yearly_credits"] == [110, 90, 130, 100, 95, 120]


# ---------------------------------------------------------------- 4. a vague count's reply: the count, then another fact


def _tally(answer) -> dict[tuple[str, str | None], int]:
    out: dict[tuple[str, str | None], int] = {}
    for call in answer.tool_calls:
        for it in call.args["activities"]:
            key = (it["kind"], it.get("role"))
            out[key] = out.get(key, 0) + it["count"]
    return out


@pytest.mark.parametrize(("question", "reply"), [
    ("今年月會去了幾次，也當過講者，積分怎麼算？", "月會 5 次，講 1 次"),
    ("今年月會去了幾次，也當過講者，積分怎麼算？", "5 次，講者 1 次"),
    ("今年月会参加了几次，也上台讲过，学分多少？", "月会 5 次，讲 1 次"),
    ("今年月会参加了几次，也上台讲过，学分多少？", "5 次，其中 1 次上台讲"),
])
def test_the_count_then_a_fact_of_another_kind_is_never_summed(engine, question, reply):
    first, answer = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("vague:") for m in first.missing)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert _tally(answer) == {("tsa_monthly_meeting", None): 5, ("tsa_monthly_speaker", None): 1}


@pytest.mark.parametrize(("question", "reply"), [
    ("今年月會去了幾次，也上台講過一次，積分多少？", "月會 4 次，講 1 次"),
    ("今年月会去了几次，还上台讲过一次，学分多少？", "月会 4 次，讲 1 次"),
    ("今年月会去了几次，还上台讲过一次，学分多少？", "4 次"),
])
def test_a_fact_the_question_said_again_after_the_count_is_read_once(engine, question, reply):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert _tally(answer) == {("tsa_monthly_meeting", None): 4, ("tsa_monthly_speaker", None): 1}


@pytest.mark.parametrize(("question", "reply"), [
    ("今年 SCI 發了幾篇，外科積分多少？", "一篇一作、一篇二作"),
    ("今年 SCI 發了幾篇，外科積分多少？", "一篇第一作者，一篇第二作者"),
    ("今年发了几篇 SCI，学分多少？", "一篇一作，一篇二作"),
])
def test_items_listed_one_by_one_are_the_vague_count(engine, question, reply):
    _, answer = ask_and_reply(engine, question, reply)
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert _tally(answer) == {("paper_sci", "first"): 1, ("paper_sci", "second"): 1}


# ---------------------------------------------------------------- 5. a bare count in Chinese numerals


@pytest.mark.parametrize(("question", "reply", "staff"), [
    ("乳攝車今天排了 110 個人，會不會太多？", "兩個", 2),
    ("乳攝車今天排了 110 個人，會不會太多？", "三個", 3),
    ("乳摄车今天排了 110 个人，会不会太多？", "两个", 2),
    ("乳摄车今天排了 110 个人，会不会太多？", "三个吧", 3),
])
def test_a_bare_count_in_chinese_numerals_answers_the_count_asked(engine, question, reply, staff):
    first, answer = ask_and_reply(engine, question, reply)
    assert any(m.startswith("radiographers_on_van") for m in first.missing), first.answer[:300]
    assert answer.route == "calculator", (reply, answer.answer[:300])
    assert answer.tool_calls[0].args == {"daily_screenings_on_van": 110, "radiographers_on_van": staff}
