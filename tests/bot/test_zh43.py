"""Round 43 (zh43): Chinese calculator questions for the surgical CME tally / renewal and the TSIR instructor certificate
that asked back, or went to the wrong regulation, on questions written blind. Each class with phrasings of its own and the
near misses that must not change:

1. 換證 typed as a homophone (換正 / 換症 / 換政 / 換征) where the renewal is spoken of ("離換正還差幾分", "要换症了"): read as
   換證 (bot/parsing/text.py `_TYPOS`), so papers in the instructor's words go to the instructor's renewal — never the
   surgical tally. Near miss: 換正式證書 (another word) stays as written.
2. A qualifier set off by a space alone, inside a bracket or not ("poster 兩篇（都是我一作 其中一篇 case report）",
   "月會去了5次 其中2次我是講者"): the space is the clause break (`_QUALIFIER_AFTER_SPACE`).
3. A count split one by one in brackets ("SCI 原著 2 篇（一篇一作、一篇其他作者）") beside another count of the same value said
   later ("口頭報告 2 次"): the split count is read last in the ledger, so the later count is its own (bot/ledger.py).
4. An activity in everyday words: 放專積分 (radiology specialist CME points), a course credited "照時數 / 看時數" with its hours.
5. The last figure of a list right before "還差幾分" ("…、80、40　還差幾分", a list typed with spaces alone): an item of the
   list, not the line (bot/reader/mentions.py `target_of`).
6. The rule's requirement recalled with a tag question ("換證要600分對吧", "展延需要滿600分沒錯吧") beside five yearly figures:
   no year's credits — the sixth year is asked, and the reply ("今年 85 分") completes it.
7. 月會 typed 月曾 with an adverb before the verb ("月曾也跑了好幾次"): the monthly meetings — their count asked, 5.2 cited.
Phrasings written for this test; none but the class's own shape is from a blind bank.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


def _call(answer, tool: str):
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert answer.route == "calculator" and calls, (answer.route, answer.missing, answer.unused, answer.answer[:300])
    return calls[0]


def _items(call) -> list[tuple]:
    return sorted((it["kind"], it.get("count", 1), it.get("role"), it.get("scope"), bool(it.get("case_report")), it.get("hours"))
                  for it in call.args["activities"])


# ------------------------------------------------------------------------------- 1. 換證 typed as a homophone

HOMOPHONE = [
    ("SCI原著一作兩篇、case report一作一篇，其他積分都沒有，離換正還差幾分", 100, 100),
    ("指導老師要换症了，SCI原著通訊作者一篇，放射線教育積分150，還差多少", 190, 10),
    ("介入指導老師換政要幾分？我有國外會議 4 次、放射科積分 120", 180, 20),
    ("SCI case report 我一作的有兩篇，SCI 原著共同作者一篇，其他積分都沒有，離換征還差多少", 55, 145),
]


@pytest.mark.parametrize("question,points,shortfall", HOMOPHONE)
def test_a_homophone_of_renewal_is_the_instructor_renewal(engine, question, points, shortfall):
    call = _call(ask_and_reply(engine, question), "tsir_renewal_check")
    assert call.result["points"] == points and call.result["shortfall"] == shortfall, call.result


@pytest.mark.parametrize("text,expected", [
    ("離換正還差多少", "離換證還差多少"), ("準備換正", "準備換證"), ("換征積分夠不夠", "換證積分夠不夠"),
    # near misses: another word after 換正 / 換政
    ("換正式證書", "換正式證書"), ("換正面", "換正面"), ("換正職", "換正職"), ("換政府", "換政府"),
])
def test_the_homophone_is_mended_only_where_renewal_is_meant(text, expected):
    from bot.parsing.text import standard_forms

    assert standard_forms(text) == expected


def test_a_formal_certificate_stays_the_surgical_tally(engine):
    """Near miss: 換正式證書 is no 換證 typo — the surgical papers stay the surgical tally."""
    call = _call(ask_and_reply(engine, "我下個月要換正式證書，SCI 論文一作 2 篇，外科積分幾分"), "tsa_credit_tally")
    assert call.result["total"] == 60


# ------------------------------------------------------------------------------ 2. a qualifier set off by a space

SPACED_QUALIFIER = [
    ("ATLS 上了一次 + 年會 poster 兩篇(都我一作 其中一篇case report) 幾分", 45,
     [("atls", 1, None, None, False, None), ("presentation", 1, "first", None, False, None),
      ("presentation", 1, "first", None, True, None)]),
    ("年會壁報三篇（都是我一作 其中一篇是病例報告）總共幾分", 25,
     [("presentation", 1, "first", None, True, None), ("presentation", 2, "first", None, False, None)]),
    ("月會去了5次 其中2次我是講者 總共幾分", 140,
     [("tsa_monthly_meeting", 5, None, None, False, None), ("tsa_monthly_speaker", 2, None, None, False, None)]),
    ("外科年会poster 两篇 都是我第一作者 其中一篇是case report，几分", 15,
     [("presentation", 1, "first", None, False, None), ("presentation", 1, "first", None, True, None)]),
    # near miss: the same qualifiers after commas, as before
    ("年會 poster 兩篇，都是我一作，其中一篇是case report，幾分", 15,
     [("presentation", 1, "first", None, False, None), ("presentation", 1, "first", None, True, None)]),
]


@pytest.mark.parametrize("question,total,items", SPACED_QUALIFIER)
def test_a_qualifier_after_a_space_refines_the_count(engine, question, total, items):
    call = _call(ask_and_reply(engine, question), "tsa_credit_tally")
    assert call.result["total"] == total and _items(call) == sorted(items), (_items(call), call.result)


# --------------------------------------------------------- 3. a count split one by one beside an equal count said later

SPLIT_THEN_EQUAL = [
    ("指導老師要換證，我這六年：SCI 原著 2 篇（一篇一作、一篇掛名其他作者）、國際會議演講 1 次、國內研討會口頭報告 2 次，"
     "另外放射線教育積分 60 分。加起來多少？還差多少？", 185),
    ("指導老師換證：SCI 原著 2 篇（一篇一作、一篇通訊）、國內座長 2 次，放專積分 70，總共多少", 190),
    ("SCI 原著 3 篇（一篇一作、兩篇共同作者）、國內演講 2 次、國內口頭報告 3 次，放射科積分 50，換證夠嗎", 205),
    # near miss: the split count alone
    ("指導老師換證：SCI 原著 2 篇（一篇一作、一篇其他作者），放射線教育積分 100 分，加起來多少", 155),
]


@pytest.mark.parametrize("question,points", SPLIT_THEN_EQUAL)
def test_a_split_count_leaves_an_equal_count_its_own(engine, question, points):
    call = _call(ask_and_reply(engine, question), "tsir_renewal_check")
    assert call.result["points"] == points, (call.args, call.result)


# ------------------------------------------------------------------------------ 4. activities in everyday words

RADIOLOGY_SHORT = [
    ("換證積分幫我算：non-SCI 原著一作兩篇、SCI case report 一作一篇，國內研討會擔任座長三次，再加放專積分五十。", 170, 50),
    ("指導老師換證：SCI 原著一作 2 篇，放專的學分 120 分，夠不夠", 200, 120),
    ("指导老师换证：国内座长 2 次，放专积分 150，还差几分", 190, 150),
    ("換證：放專教育積分 90、國外會議 3 次，一共多少", 135, 90),
]


@pytest.mark.parametrize("question,points,cme", RADIOLOGY_SHORT)
def test_radiology_specialist_points_said_short(engine, question, points, cme):
    call = _call(ask_and_reply(engine, question), "tsir_renewal_check")
    assert call.args.get("cme_points") == cme and call.result["points"] == points, (call.args, call.result)


BY_HOURS = [
    ("醫院辦的醫學倫理課，是照時數給外科積分的那種，我上了四個鐘頭，可以換幾分？", 4, 12),
    ("醫院辦的醫學倫理課，按時數認定外科積分，我上了4小時，可以換幾分？", 4, 12),
    ("外科积分是看时数给的那种课，我上了三个钟头，能拿几分", 3, 9),
    ("院內感控課程用時數給外科積分，我上了兩小時，幾分？", 2, 6),
]


@pytest.mark.parametrize("question,hours,total", BY_HOURS)
def test_a_course_credited_by_its_hours(engine, question, hours, total):
    call = _call(ask_and_reply(engine, question), "tsa_credit_tally")
    assert [(it["kind"], it.get("hours")) for it in call.args["activities"]] == [("hours", hours)]
    assert call.result["total"] == total


# ------------------------------------------------------------------- 5. the last figure of a list before 還差

LAST_BEFORE_SHORT = [
    ("六年積分：１５０、１２０、１００、９０、８０、４０　還差幾分才能延長專科證書？", [150, 120, 100, 90, 80, 40], 20),
    ("六年學分 100、110、90、95、105、80 還差多少才夠展延", [100, 110, 90, 95, 105, 80], 20),
    ("六年積分１２０　１１０　１００　９０　８０　７０　還差幾分", [120, 110, 100, 90, 80, 70], 30),
    ("six years: 100, 110, 90, 95, 105, 80 how many short of renewal", [100, 110, 90, 95, 105, 80], 20),
    # near miss: the line said with 目標 before it stays the line
    ("目標 600 還差多少？我六年積分 120、100、110、90、100、60", [120, 100, 110, 90, 100, 60], 20),
]


@pytest.mark.parametrize("question,credits,shortfall", LAST_BEFORE_SHORT)
def test_the_last_figure_before_the_shortfall_is_a_year(engine, question, credits, shortfall):
    call = _call(ask_and_reply(engine, question), "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits and call.result["shortfall"] == shortfall, (call.args, call.result)


# ----------------------------------------------- 6. the requirement recalled; the sixth year pending, then replied

RECALLED_THEN_REPLIED = [
    ("換證要600分對吧，我前面五年分別 120、100、110、90、100，今年的還沒統計出來，這樣會過嗎？", "今年 85 分", 605, True),
    ("展延需要滿600分沒錯吧？前五年 150、100、90、120、80，今年還不知道", "今年 50", 590, False),
    ("換證要600分對吧，前五年是 120、100、110、90、100，今年還沒統計，會過嗎？", "今年拿了 90 分", 610, True),
]


@pytest.mark.parametrize("question,reply,total,eligible", RECALLED_THEN_REPLIED)
def test_the_recalled_requirement_is_no_year_and_the_reply_completes(engine, question, reply, total, eligible):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls, (first.route, first.answer[:200])
    assert not any(r.value == 600 for r in first.reading), first.reading
    call = _call(second, "tsa_renewal_check")
    assert call.result["total"] == total and call.result["eligible"] is eligible, (call.args, call.result)


def test_the_recalled_requirement_beside_six_years_is_compared(engine):
    """Near miss: six years given — computed, the 600 no year of them."""
    call = _call(ask_and_reply(engine, "展延要600分對吧，我六年分別 120、100、110、90、100、85，會過嗎？"), "tsa_renewal_check")
    assert call.args["yearly_credits"] == [120, 100, 110, 90, 100, 85]


# ---------------------------------------------------------------- 7. the vague count's own clause cited

MONTHLY_VAGUE = [
    ("今年外科年會有去，月曾也跑了好幾次，這樣積份總共幾分啊", "月會 6 次", 180),
    ("今年年會去了，月會也跑了好幾次，總共幾分", "6 次", 180),
    ("今年月曾都有去好幾次，積分多少", "5 次", 100),
]


@pytest.mark.parametrize("question,reply,total", MONTHLY_VAGUE)
def test_a_vague_monthly_count_cites_the_monthly_clause(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and "tsa-cme/5.2" in [c.id for c in first.citations], (first.route, [c.id for c in first.citations])
    assert _call(second, "tsa_credit_tally").result["total"] == total
