"""Round 49, calculator reading classes (calcroute49), through the reader's mechanisms.

1. Two counted items of chat typing set apart by a space alone are two clauses (`separate_runs` → `spaced_clauses`); a vague
   count among them ("幾篇", "some … papers", hyphenated words between) is asked for and the reply completes the calculation.
2. One's own age reached at a time to come, in English ("I turn 60 sometime next year"), is an age neared: the birth and
   application dates are asked; the rule's age or reference day asked, or a case supposed of no one, stays the rule's.
3. 回 / 趟 right after the event counted is a count of times ("國際會議兩回"), never a count of one; 回國 is no count.
4. A part saying its papers or talks are none in its own domain sets the shared figure aside; a part for another domain of
   the same person takes the person's years from the part before, never that part's papers.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query, spaced_clauses
from bot.vague import find_vague, neared_age
from tests.bot.conftest import ask_and_reply, calculator_call, reader_call

# ------------------------------------------------------------------------ 1. a space between two counted items


@pytest.mark.parametrize(("text", "want"), [
    ("我有3篇 SCI 一作 再加國外演講2次", "我有3篇 SCI 一作 、再加國外演講2次"),
    ("我有3篇 SCI 一作 國外演講2次", "我有3篇 SCI 一作 、國外演講2次"),
    ("3篇 SCI 國外講師2次", "3篇 SCI 、國外講師2次"),
    ("今年去了2次年會 月會3次", "今年去了2次年會 、月會3次"),
    # near misses: a space inside one item's words, the one of a count gone through, a separator already there
    ("今年 2場 研討會 3次月會", "今年 2場 研討會 3次月會"),
    ("非SCI 2篇 1篇我一作 另1篇掛名", "非SCI 2篇 1篇我一作 另1篇掛名"),
    ("我有3篇 SCI 一作，國外演講2次", "我有3篇 SCI 一作，國外演講2次"),
])
def test_space_between_counted_items_is_a_break(text, want):
    assert spaced_clauses(text) == want


@pytest.mark.parametrize(("question", "items"), [
    ("指導老師換證 我有3篇SCI一作 再加國外演講2次 夠不夠200點？",
     [("sci_full_article", 3), ("lecturer_or_moderator", 2)]),
    ("指导老师换证 我有2篇SCI通讯作者 国内讲师3次 够吗",
     [("sci_full_article", 2), ("lecturer_or_moderator", 3)]),
])
def test_spaced_items_each_keep_their_count(question, items):
    got = reader_call(question, "tsir_renewal_check").args["activities"]
    assert [(a["kind"], a["count"]) for a in got] == items


@pytest.mark.parametrize("text", [
    "I have some SCI first-author papers plus 2 lectures abroad",
    "a few e-poster presentations and 3 monthly meetings",
])
def test_vague_count_across_hyphenated_words(text):
    assert find_vague(text)


@pytest.mark.parametrize(("question", "reply", "points"), [
    ("指導老師換證 我有幾篇SCI一作 再加國外演講2次 夠不夠200點？", "3篇", 200),
    ("renewing my TSIR instructor cert - I have some SCI first-author papers plus 2 invited lectures abroad. do I reach 200?",
     "3 papers", 200),
])
def test_vague_count_in_a_list_is_asked_and_the_reply_completes_it(engine, question, reply, points):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert calculator_call(final, "tsir_renewal_check").result["points"] == points


# ------------------------------------------------------------------------ 2. an age reached at a time to come

@pytest.mark.parametrize(("text", "neared"), [
    ("I turn 60 sometime next year", True),
    ("I'll be 60 next spring", True),
    ("hitting 60 later this year", True),
    ("she turns 60 in a few months", True),
    # near misses: an age reached on a day said, or the application put against the birthday
    ("I turn 60 on 2027-02-01", False),
    ("I turn 60 in two months. If I apply now, before my birthday, will it qualify?", False),
    ("I am 61", False),
])
def test_age_reached_at_a_time_to_come_is_neared(text, neared):
    assert neared_age(text) is neared


@pytest.mark.parametrize("question", [
    "I turn 60 sometime next year - does that mean I can get the lifetime instructor cert instead of renewing?",
    "hitting 60 later this year. lifetime TSIR instructor cert possible instead of renewal?",
    "I'll be 60 sometime next spring - so can I skip renewing and go for the lifetime instructor certificate?",
])
def test_own_age_to_come_asks_the_dates(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "clarify" and not a.tool_calls
    assert a.pending_call is not None and a.pending_call.name == "tsir_renewal_check"


@pytest.mark.parametrize("question", [
    "what's the age for the lifetime certificate?",
    "If someone turns 60 next year, can they get the lifetime instructor certificate?",
    "I turn 60 next month. Is the lifetime certificate age counted as of the day I apply?",
])
def test_rule_of_age_stays_a_rules_answer(engine, question):
    assert ask_and_reply(engine, question).route == "retrieval"


def test_reply_with_dates_completes_the_lifetime_check(engine):
    _, final = ask_and_reply(engine, "hitting 60 later this year. lifetime TSIR instructor cert possible instead of renewal?",
                             "born 1966-12-20, applying 2027-01-10")
    assert calculator_call(final, "tsir_renewal_check").result["lifetime_eligible"] is True


# ------------------------------------------------------------------------ 3. 回 / 趟 after the event counted

@pytest.mark.parametrize(("text", "read"), [
    ("國際會議兩回", "國際會議2次"),
    ("月會三回、年會一回", "月會3次、年會1次"),
    ("國內研討會（1小時）兩回", "國內研討會(1小時)2次"),
    ("开了两回国际会议", "開了2次國際會議"),
    ("去了兩回國外開會", "去了2次國外開會"),
    # near misses: 回 beginning a word of its own
    ("我回國兩回", "我回國兩回"),
    ("開會一回來就去", "開會一回來就去"),
    ("研討會兩回事", "研討會兩回事"),
])
def test_hui_after_the_event_is_a_count(text, read):
    assert read in Query(text).text


@pytest.mark.parametrize(("question", "total"), [
    ("請問：民國一一三年月會兩次；一一四年出國開國際會議兩回、年會一回。各年幾分？合計？", 130),
    ("今年月會三回、年會一回，幾分？", 120),
])
def test_hui_counts_are_computed(engine, question, total):
    assert calculator_call(ask_and_reply(engine, question), "tsa_credit_tally").result["total"] == total


# ------------------------------------------------------------------------ 4. none in this domain; the person's own facts

@pytest.mark.parametrize("question", [
    "Specialist 5 yrs, 2 first-author SCI papers. biopsy/drainage 280 cases, but my papers are on stenting, none in that area"
    " — eligible for biopsy/drainage instructor?",
    "專科 5 年，SCI 一作 2 篇。切片引流 280 例，但論文都是支架的，這個領域沒有，可以申請切片引流指導老師嗎？",
    "专科 5 年，SCI 一作 2 篇。引流 280 例，论文都是支架方面的，这块没有，可以申请引流指导老师吗？",
])
def test_papers_none_in_this_domain_are_set_aside(question):
    args = reader_call(question, "tsir_instructor_eligibility").args
    assert args["domain"] == "localization_biopsy_drainage_pain"
    assert not args.get("sci_first_or_corresponding")


@pytest.mark.parametrize("question", [
    "Specialist 5 yrs, 2 first-author SCI papers in this area, none as corresponding. biopsy/drainage 280 cases — eligible"
    " for biopsy/drainage instructor?",
    "I have 2 first-author SCI papers on ablation. ablation 80 cases, specialist 5 yrs — eligible for ablation instructor?",
])
def test_papers_in_the_domain_still_count(question):
    assert reader_call(question, "tsir_instructor_eligibility").args.get("sci_first_or_corresponding") == 2


def test_talks_said_not_for_this_one_are_set_aside():
    args = reader_call("Specialist 5 yrs, 3 lectures. biopsy/drainage 280 cases, the talks were not for this one — eligible for"
                       " biopsy/drainage instructor?", "tsir_instructor_eligibility").args
    assert not args.get("lectures_in_domain")


@pytest.mark.parametrize("question", [
    "two questions re TSIR instructor: (1) nonvascular stenting — 70 biliary stents in the last 6 yrs, specialist 6 yrs, 2 SCI"
    " papers as first author. eligible? (2) biopsy/drainage domain: 290 cases, my papers are all on stenting, none in that"
    " area. eligible for that one?",
    "(1) 膽道支架 70 例，專科 6 年，SCI 一作 2 篇，可以申請嗎？(2) 切片引流指導老師：290 例，論文都是支架的，這個領域沒有，可以嗎？",
])
def test_another_domain_takes_the_years_not_the_papers(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator" and len(a.parts) == 2
    second = calculator_call(a.parts[1], "tsir_instructor_eligibility")
    assert second.args["years_as_specialist"] == 6 and not second.args.get("sci_first_or_corresponding")
    assert second.result["eligible"] is False and second.result["shortfall"] == 10


def test_another_person_takes_nothing(engine):
    a = ask_and_reply(engine, "(1) RFA 90 cases, specialist 10 yrs, eligible for ablation? (2) my colleague has TACE 320 cases,"
                              " eligible for tumor embolization?")
    assert a.route == "clarify"
