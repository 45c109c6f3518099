"""Sixteenth round, replies to a question back (SPEC §3 clarify): how a reply is matched to what was asked.

Classes (each tested with phrasings invented here, not the bank's):
1. A reply saying a field of a thing the question listed (a role, a scope: "都是通訊作者", "first author on both",
   "一篇一作、一篇其他作者") is read beside that thing — the question's things kept, never one more or less.
2. A vague count answered together with the field asked of the same thing ("2篇，都是一作") — both are used.
3. An approximate count ("200 多個", "一百多例", "200-odd", "300 or so") is a count the person did not give: asked.
4. A question's bound over some of the figures ("六年裡有四年都超過 120 分") is checked against the reply's figures,
   and set aside when they bear it out; a claim they do not bear out is asked about, never computed over.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


# ---------------------------------------------------------------- 1. a field of a listed thing


@pytest.mark.parametrize(("question", "reply", "points"), [
    # zh-TW: the role of three case reports, said once for all
    ("換證：SCI case report 3 篇，教育積分 150，夠嗎？", "都是通訊作者", 210),
    # zh-CN: where two moderations were
    ("换证积分：做了 2 次座长，放射科学分 170，够不够？", "都在国外", 250),
    # en: a role for both
    ("Renewal points: 2 SCI case reports and 150 radiology CME, enough?", "first author on both", 190),
    # a zh-TW question answered in English
    ("SCI full article 3 篇、教育積分 100，換證夠嗎？", "first author on all three", 220),
    # a reply splitting the papers by role
    ("SCI full article 3 篇、教育積分 100，換證夠嗎？", "一篇是第一作者，另外兩篇是共同作者", 170),
    # the role of one kind while another kind of thing is listed too
    ("Instructor renewal: 4 SCI full papers, 2 lectures abroad, 90 CME points. Enough?",
     "I was the corresponding author on all of them", 330),
])
def test_a_reply_giving_a_field_of_a_listed_thing_completes_it(engine, question, reply, points):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "tsir_renewal_check"
    assert call.result["points"] == points
    # the things the question listed stay as many as it said
    said = {k: sum(a.get("count", 1) for a in first.pending_call.args["activities"] if a["kind"] == k)
            for k in {a["kind"] for a in first.pending_call.args["activities"]}}
    got = {k: sum(a.get("count", 1) for a in call.args["activities"] if a["kind"] == k) for k in said}
    assert got == said


@pytest.mark.parametrize(("question", "reply"), [
    # two of three papers said: the third's role is still unknown
    ("SCI full article 3 篇、教育積分 100，換證夠嗎？", "兩篇一作"),
    # a split that does not say which scope the third one had
    ("I gave 3 oral presentations and have 160 radiology CME points. Enough for instructor renewal?",
     "two were international, one domestic"),
])
def test_a_reply_not_covering_every_thing_gives_no_figure(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    # either the calculation is complete with every paper/presentation counted as the question said, or no figure
    if final.route == "calculator":
        kinds = first.pending_call.args["activities"]
        total = sum(a.get("count", 1) for a in kinds)
        assert sum(a.get("count", 1) for a in final.tool_calls[0].args["activities"]) == total
    else:
        assert final.route == "clarify" and not final.tool_calls


def test_extends_keeps_every_thing_and_its_count():
    from bot.engine import _extends

    before = {"activities": [{"kind": "sci_full_article", "count": 2}], "cme_points": 80}
    assert _extends(before, {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"}], "cme_points": 80})
    assert _extends(before, {"activities": [{"kind": "sci_full_article", "count": 1, "role": "first"},
                                            {"kind": "sci_full_article", "count": 1, "role": "other"}], "cme_points": 80})
    # a thing counted twice, a figure changed, a fact dropped: no
    assert not _extends(before, {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"},
                                                {"kind": "sci_full_article", "count": 2, "role": "first"}], "cme_points": 80})
    assert not _extends(before, {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"}], "cme_points": 60})
    assert not _extends(before, {"activities": [{"kind": "sci_full_article", "count": 2, "role": "first"}]})
    assert not _extends({"activities": [{"kind": "lecturer_or_moderator", "count": 2, "scope": "domestic"}]},
                        {"activities": [{"kind": "lecturer_or_moderator", "count": 2, "scope": "international"}]})


# ---------------------------------------------------------------- 2. a vague count and the field asked, in one reply


@pytest.mark.parametrize(("question", "reply", "points"), [
    ("換證積分夠不夠？這六年寫了幾篇 SCI case report，教育積分 150", "3 篇，都是第一作者", 210),
    ("I chaired a few sessions and have 160 radiology CME points. Enough for the instructor renewal?",
     "2 times, both overseas", 240),
    ("换证积分够吗？当了几次讲师，放射科学分 150", "3 次，都是国内的", 210),
])
def test_a_vague_count_answered_with_the_field_asked(engine, question, reply, points):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert any(m.startswith("vague:") for m in first.missing)
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].result["points"] == points


# ---------------------------------------------------------------- 3. an approximate count is asked


@pytest.mark.parametrize(("question", "reply", "pct"), [
    ("今年疑似陽性一百多例，追蹤完成 90 例，扣款比例多少？", "120 例", 0),
    ("我们今年阳性个案三百多个，完成追踪 250 个，会扣款吗？", "320 个", 0),
    ("We had 200-odd suspected positives this year and completed 150 follow-ups. What's the deduction?", "205", 5),
    ("We had 300 or so positives, 260 of them followed up. Any deduction?", "exactly 310", 0),
    ("今年疑似陽性個案兩百多個，已追蹤完成 150 個，扣款會扣幾%？", "212 個", 5),
])
def test_an_approximate_count_is_asked_and_the_reply_completes_it(engine, question, reply, pct):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, first.answer
    assert any(m.startswith("vague:") for m in first.missing)
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].name == "hpa_followup_deduction"
    assert final.tool_calls[0].result["deduction_pct"] == pct


def test_an_approximate_count_is_found_but_a_bound_is_not():
    from bot.vague import find_vague

    assert find_vague("今年陽性個案 200 多個，完成 150 個") == ["200 多個"]
    assert find_vague("we had 200-odd positives, 150 done") == ["200-odd positives"]
    assert find_vague("超過幾案會被抽片？") == []
    # an English sentence of facts before the question sentence: its vague words are a fact
    assert find_vague("I spent some months on a fellowship in Taipei. How many credits?") == ["some months"]


# ---------------------------------------------------------------- 4. a bound over some figures, then the figures


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("六年裡有四年積分都超過120分，另外兩年不記得了，能展延嗎？", "130、125、140、122、60、70", 647),
    ("Four of the six years were over 120 credits and I forget the other two. Can I renew?",
     "130, 125, 140, 122, 60, 70", 647),
    ("Five of my six years were over 100 credits, I don't remember the last one. Can I renew?",
     "150, 110, 120, 130, 101, 40", 651),
])
def test_a_bound_the_reply_bears_out_is_set_aside(engine, question, reply, total):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].name == "tsa_renewal_check"
    assert final.tool_calls[0].result["total"] == total


def test_a_bound_the_reply_contradicts_is_asked(engine):
    # four years over 120 said, but only three of the figures are: which is right is asked, no figure
    first, final = ask_and_reply(engine, "六年裡有四年積分都超過120分，另外兩年不記得了，能展延嗎？",
                                 "130、125、100、122、60、70")
    assert first.route == "clarify"
    assert final.route == "clarify" and not final.tool_calls


# ---------------------------------------------------------------- 5. a reply giving another fact than the one asked


@pytest.mark.parametrize(("question", "reply"), [
    ("陰性複判差異 16%，這樣會怎樣？", "前次審查沒有要求過"),
    ("Our reader's positive-case discrepancy came out at 52%. Does she have to stop reading?",
     "the last review didn't require the seminar"),
    ("Negative discrepancy was 19%, will he be suspended?", "no, the previous review did not require it"),
    # which rate the one figure is, and the other fact, in one reply
    ("我的複判差異是 57%，會被停判讀嗎？", "陽性的，前次沒有被要求"),
    ("我的复判差异是 58%，会被停止判读吗？", "是阳性的，上次没有被要求"),
])
def test_a_reply_passing_over_a_fact_the_result_stands_without(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "hpa_reread_action"
    assert call.result["tier"] == "required"
    assert call.args["previously_required"] is False
    # the rate not given is not filled in, and the answer says it could still make it stricter
    assert "positive_discrepancy_pct" not in call.args or "negative_discrepancy_pct" not in call.args
    assert any("stricter" in a or "更嚴格" in a for a in final.assumptions)


def test_a_reply_giving_nothing_asks_again(engine):
    first, final = ask_and_reply(engine, "陰性複判差異 16%，這樣會怎樣？", "不知道")
    assert first.route == "clarify"
    assert final.route == "clarify" and not final.tool_calls


# ---------------------------------------------------------------- 6. one value for every item of a list asked


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("Our 3 radiographers did 19,000 screenings in total this year — did we exceed the reasonable volume?",
     "all 3 worked 365 days", [365, 365, 365]),
    # the count from the question ("四位"), the value once for everyone
    ("我們有四位放射師，今年篩了 20000 案，有超量嗎？", "每個人都做滿365天", [365, 365, 365, 365]),
    ("本院 3 名放射師，今年篩檢 15000 案，會超過合理量嗎？", "3人都300天", [300, 300, 300]),
    ("Two rad techs, 13,500 screenings this year. Are we over?", "both 365 days", [365, 365]),
    # a count of people with a classifier and 人 ("三個人") is how many, never a day count
    ("我们医院三位放射师，今年做了19000例乳摄筛查，会不会超量？", "三个人都是全年365天", [365, 365, 365]),
    # one value for some of them, the rest said apart (the count "two of them" is never a day count)
    ("We have 3 radiographers and did 15,000 screenings in total this year — over the reasonable volume?",
     "two of them 365 days each, the third 100 days", [365, 365, 100]),
    ("我們有三位放射師，今年篩了 15000 案，有超量嗎？", "兩位都 365 天，第三位 100 天", [365, 365, 100]),
])
def test_one_value_for_every_item_is_written_out(engine, question, reply, days):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == "hpa_facility_volume"
    assert call.args["radiographer_work_days"] == days


def test_one_value_for_all_but_one_is_asked_again(engine):
    # "all 365 but one 200": how many is not said — asked again, never a list guessed
    first, final = ask_and_reply(engine, "我們有四位放射師，今年篩了 20000 案，有超量嗎？", "都是 365 天，只有一位 200 天")
    assert first.route == "clarify"
    assert final.route == "clarify" and not final.tool_calls


# ---------------------------------------------------------------- 7. a reply that also corrects a figure of the question


@pytest.mark.parametrize(("question", "reply", "tool", "field", "value", "old", "new"), [
    ("SCI full article 2 篇、教育積分 90，換證夠嗎？", "都是一作，另外教育積分其實是 100",
     "tsir_renewal_check", "points", 180, 90, 100),
    ("我們有四位放射師，今年篩了 20000 案，有超量嗎？", "每個人都做滿365天，篩檢量更正為 25000 案",
     "hpa_facility_volume", "excess_cases", 0, 20000, 25000),
])
def test_a_reply_correcting_a_figure_uses_the_correction_and_says_so(engine, question, reply, tool, field, value, old, new):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    call = final.tool_calls[0]
    assert call.name == tool
    assert call.result[field] == value
    assert any(f"{old}" in a and f"{new}" in a for a in final.assumptions)


@pytest.mark.parametrize(("question", "reply"), [
    # a correction this reading cannot place: asked, never computed with the old figure
    ("受邀當講師當過2次，換證可以抵多少分？", "國內的，而且其實是3次"),
    ("Renewal points: 2 SCI case reports and 150 radiology CME, enough?", "first author on both; actually the CME is 160"),
])
def test_a_correction_not_placed_is_asked_not_dropped(engine, question, reply):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify"
    if final.route == "calculator":  # if it is computed, the corrected figure is the one used
        assert 3 in [a.get("count") for a in final.tool_calls[0].args.get("activities", [])] or \
            final.tool_calls[0].args.get("cme_points") == 160
    else:
        assert final.route == "clarify" and not final.tool_calls


def test_corrected_figures_are_those_of_correcting_clauses():
    from bot.engine import _corrected_figures

    assert _corrected_figures("都是一作，另外教育積分其實是 100") == {100.0}
    assert _corrected_figures("both first author; actually the CME is 160") == {160.0}
    assert _corrected_figures("365 天、365 天") == frozenset()


# ---------------------------------------------------------------- 8. a day of the year the reply's count of days runs from


@pytest.mark.parametrize(("question", "reply", "days"), [
    ("今年放射师两位，一位全年，另一位下半年才来，年筛查 11,500 例，会超量吗？", "另一位 10/1 才到職，算 92 天", [365, 92]),
    ("我們有兩個放射師，一個全年 365 天，另一個是年初就離職了，今年篩了 7000 案，會超量嗎？", "她是3月1日离职的，工作了60天", [365, 60]),
    ("We have 2 radiographers, one full year (365 days), the other joined mid-year. 9,000 screenings this year — over?",
     "she started on 7/1, so 184 days", [365, 184]),
])
def test_a_start_or_end_day_agreeing_with_the_days_is_set_aside(engine, question, reply, days):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert final.route == "calculator", final.answer
    assert final.tool_calls[0].args["radiographer_work_days"] == days
    assert any("日期" in a or "date" in a for a in final.assumptions)


def test_a_day_not_agreeing_with_the_days_is_asked(engine):
    # 7/1 to the year's end is 184 days, not 200: which is right is asked, no figure
    first, final = ask_and_reply(engine, "我們有兩個放射師，一個全年 365 天，另一個是下半年才來的，今年篩了 9000 案，會超量嗎？",
                                 "他是 7/1 到職，算 200 天")
    assert first.route == "clarify"
    assert final.route == "clarify" and not final.tool_calls
