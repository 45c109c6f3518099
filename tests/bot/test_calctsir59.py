"""Round 59 (calctsir59): TSIR instructor questions read wrongly on round 59's development lists, fixed for the class.

1. A lecture given as a meeting's faculty or keynote ("I was faculty at CIRSE once", "在 JSIR 擔任 faculty", "keynote at APSCVIR"):
   the lecturer's words (`vocab_tsir._KINDS`, the eligibility's lecture words) — before, the meeting named was read as attended
   (15 for 40: jq-tsir-008, confidently wrong).
2. The each-count in brackets right after a list ("attended SIR and CIRSE (one each)", "SIR、JSIR（各一次）"): written bare after
   the list (`text._EACH_BRACKET`); an English list starts at a piece opening on its verb ("…, attended SIR and CIRSE 1 each").
   Before: one meeting (jq-tsir-009, confidently wrong). A bracket breaking a count down stays as it was.
3. A part of a count said with a bare 有 in the next clause ("講過這個主題三次，有一次還是受邀當座長") or with "once as …" in
   English ("lectured three times, once as moderator"): a part (`text.part_of_count`), never added (jr-tsir-004: 4 for 3).
   還有 / 另外有 / "and moderated once" still add.
4. A rough figure fixed at itself in brackets ("二百五十例左右(就算250)", "about 280 (let's say 280)"): a remark
   (`text._ROUGH_FIXED`); another figure in the bracket is still asked (jr-tsir-002).
5. A period's 內 / 中 / 當中 before 有 ("六年內有 400 例", "這六年當中有 320 例") is the period's, no subset
   (`mentions.QUALIFIERS["subset"]`); a bare figure said with article 2's period ("400 in the last six years") is a count of the
   domain (`Slot.orphan`); a hedge before a count ("case count is maybe 60") is filler (jr-tsir-003, jq-tsir-004).
6. The author's place said of a whole list of papers, the second listed by its family ("我通訊作者的 full article 3 篇，case report
   兩篇", "as corresponding author: 3 full articles and 2 case reports"): every paper's (`Slot.over_list` for TSIR), the part
   carved out keeping its own (jr-tsir-013).
7. A domain asked by the word two domains share ("the stenting domain", "栓塞那項", "embolization instructor"): the one whose
   techniques the question names, a talk's topic too (`vocab_tsir.SHARED_DOMAINS`), said so; both named or none: asked as
   before (jq-tsir-004). A hedge of another English sentence ("Case count is maybe 60.") is not said of the domain.
8. The renewal's own 200 said with the renewal ("do I have 200 for renewal?", "換證要 200 分"): the instructor's renewal
   (`vocab_tsir.RENEWAL_LINE`) — before, the surgical tally and rules (jq-tsir-011).
9. Numbered parts whose shared question is a line of its own ("…\n兩項分別夠不夠？"): every part's, its "兩項" no figure
   (`parts._shared_tail`, jn-tsir-006).
10. The lifetime certificate asked instead of the renewal ("when my cert comes up for renewal can I go for the lifetime one
    instead?"): no renewal window (`vocab_window` block); an age said roughly ("大概 60 歲", "I'll be 60 by then") asks the dates
    (jn-tsir-019).
11. A birth year and month said first, the day in the reply ("55年8月生的" … "8月20日生"): that day in that year, the months the
    same (`Slot.year_of` with its month; jr-tsir-017); another month is asked.
Phrasings written for this test, none a blind bank's.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query, distribute_each, drop_slip_restated, part_of_count
from tests.bot.conftest import TODAY, ask_and_reply, reader_call

ELIG = "tsir_instructor_eligibility"
RENEW = "tsir_renewal_check"


def _kinds(ext):
    return [(a["kind"], a["count"], a.get("scope"), a.get("role")) for a in ext.args["activities"]]


# 1. faculty / keynote
@pytest.mark.parametrize(("question", "kinds"), [
    ("Renewing my instructor cert: I was faculty at CIRSE once, plus 100 radiology CME pts. enough?",
     [("lecturer_or_moderator", 1, "international", None)]),
    ("instructor renewal: invited faculty at JSIR twice and 120 radiology CME points, total?",
     [("lecturer_or_moderator", 2, "international", None)]),
    ("指導老師換證：在 CIRSE 當過一次 faculty，放射科積分 100，夠嗎", [("lecturer_or_moderator", 1, "international", None)]),
    ("指导老师换证：在 APSCVIR 做过一次 keynote，放射科学分 100，够吗", [("lecturer_or_moderator", 1, "international", None)]),
    # (near miss: attended, no role — the meeting attended)
    ("Renewing my instructor cert: attended CIRSE once, plus 100 radiology CME pts. enough?",
     [("international_meeting_attendance", 1, None, None)]),
])
def test_faculty_or_keynote_is_a_lecture(question, kinds):
    assert _kinds(reader_call(question, RENEW)) == kinds


def test_faculty_lectures_count_for_eligibility():
    ext = reader_call("10 yrs specialist, TACE 120 cases, and I've been faculty at 3 TACE workshops in Taiwan — tumor embolization instructor?",
                      ELIG)
    assert ext.args["lectures_in_domain"] == 3


# 2. the each-count in brackets
@pytest.mark.parametrize(("raw", "read"), [
    ("attended SIR and CIRSE (1 each), and 60 points", "attended SIR 1 and CIRSE 1, and 60 points"),
    ("SIR 跟 CIRSE（各1次），放射科積分 60", "SIR 1 次、CIRSE 1 次,放射科積分 60"),
    ("RFA and MWA (90 each), 10 yrs", "RFA 90 and MWA 90, 10 yrs"),
])
def test_each_in_brackets_after_the_list(raw, read):
    assert distribute_each(raw).replace("，", ",") == read.replace("，", ",")


@pytest.mark.parametrize(("question", "meetings"), [
    ("tally for my instructor renewal: one oral at the TSIR annual mtg here, attended SIR and CIRSE (one each), and 60 radiology CME points", 2),
    ("instructor renewal: went to RSNA, SIR and CIRSE (once each), 100 radiology CME pts", 3),
    ("指導老師換證：出國開會 SIR、CIRSE、JSIR（各去了一次），放射科積分 60，夠嗎", 3),
    # (near miss: a bracket breaking the count before it down — still 2, never 2 + 2)
    ("指導老師換證：出國開會 2 次（CIRSE、SIR 各一次），放射積分 150，夠嗎", 2),
    ("instructor renewal: attended 3 overseas meetings (CIRSE, SIR and JSIR, once each), and 60 radiology CME points", 3),
])
def test_meetings_each_once_in_brackets(question, meetings):
    acts = reader_call(question, RENEW).args["activities"]
    assert sum(a["count"] for a in acts if a["kind"] == "international_meeting_attendance") == meetings


def test_the_oral_before_an_each_list_is_no_item_of_it():
    acts = reader_call("instructor renewal: 1 oral at the TSIR annual mtg here, attended SIR and CIRSE (one each), 60 radiology CME points",
                       RENEW).args["activities"]
    assert [(a["kind"], a["count"]) for a in acts if a["kind"] == "oral_or_eposter"] == [("oral_or_eposter", 1)]


# 3. a part said with a bare 有 / "once as"
@pytest.mark.parametrize(("raw", "read"), [
    ("講過這個主題 3次,有1次還是受邀當座長", "講過這個主題 3次,其中有1次還是受邀當座長"),
    ("國內演講 3 次，有 1 次是座長", "國內演講 3 次，其中有 1 次是座長"),
    ("lectured on UAE 3 times, 1 times as moderator", "lectured on UAE 3 times, of which 1 as moderator"),
    ("spoke 4 times, 1 as the session chair", "spoke 4 times, of which 1 as the session chair"),
])
def test_a_part_of_a_count(raw, read):
    assert part_of_count(raw) == read


@pytest.mark.parametrize("raw", [
    "講過 3 次，還有 1 次當座長",  # an addition
    "講過 3 次，另外有 1 次當座長",
    "專科 10 年，有 3 次講者經驗",  # another counter
    "講過 2 次，有 2 次是座長",  # as large as the count
    "lectured 3 times and moderated 1 times",  # an addition in English
])
def test_what_is_no_part_stays(raw):
    assert part_of_count(raw) == raw


@pytest.mark.parametrize(("question", "lectures"), [
    ("專科 5 年，栓塞(出血、UAE、PAE 這些)只有 60 例，我在年會跟 CIRSE 講過這個主題三次，有一次還是受邀當座長，能申請非腫瘤栓塞指導老師嗎", 3),
    ("专科 6 年，UAE 40 例，我讲过 UAE 两次，有一次是当座长，能申请非肿瘤栓塞指导老师吗", 2),
    ("6 yrs specialist, UAE 50 cases, I've spoken on UAE twice, once as moderator. non-tumor embolization instructor?", 2),
    ("5 yrs specialist, 60 UAE cases, lectured on UAE three times, one as the session chair. non-tumor embolization instructor?", 3),
    # (near misses: said as more)
    ("專科 6 年，UAE 40 例，我講過 UAE 兩次，另外有一次當座長，可以申請非腫瘤栓塞指導老師嗎", 3),
    ("5 yrs specialist, 60 UAE cases, lectured on UAE twice and moderated once. non-tumor embolization instructor?", 3),
])
def test_a_moderator_role_among_the_lectures(question, lectures):
    assert reader_call(question, ELIG).args["lectures_in_domain"] == lectures


def test_a_moderator_role_among_the_renewal_lectures():
    assert _kinds(reader_call("指导老师换证：国内演讲 3 次，有 1 次是座长，放射积分 120，够吗", RENEW)) == [
        ("lecturer_or_moderator", 3, "domestic", None)]


# 4. a rough figure fixed at itself
@pytest.mark.parametrize(("raw", "read"), [
    ("TACE 近6年做了250例左右(就算250),放射科", "TACE 近6年做了250例左右,放射科"),
    ("大約 250 例（當作250好了）", "大約 250 例"),
    ("about 250 (let's say 250) TACE", "about 250 TACE"),
    ("~250 (call it 250) in six years", "~250 in six years"),
])
def test_a_rough_figure_fixed_in_brackets(raw, read):
    assert drop_slip_restated(raw) == read


@pytest.mark.parametrize("raw", [
    "250例左右(就算 280 好了)",  # another figure: asked
    "250例左右(就算250也不夠吧)",  # "even if": a remark of another kind
])
def test_a_bracket_with_more_stays(raw):
    assert drop_slip_restated(raw) == raw


def test_the_rough_figure_computes(ask):
    a = ask("TACE 近六年做了兩百八十例左右(就算280)，放射科專科十二年，申請腫瘤栓塞指導老師還差多少例")
    assert a.route == "calculator" and a.tool_calls[0].result["shortfall"] == 20


# 5. a period's 內 / 當中, a bare figure with the period, a hedged count
@pytest.mark.parametrize(("question", "cases"), [
    ("我專科才六年，可是 PTCD 跟 PCN 加上各種切片引流，六年內有 400 例，可以先申請定位切片引流的指導老師嗎", 400),
    ("專科十年，PTCD 跟 PCN，這六年當中有 320 例，可以申請定位切片引流的指導老師嗎", 320),
    ("专科十年，定位切片引流六年内有 310 例，可以申请定位切片引流的指导老师吗", 310),
    ("10 yrs specialist. PTCD and PCN plus all kinds of biopsies and drainages, 400 in the last six years. biopsy/drainage instructor?", 400),
])
def test_a_count_of_the_period(question, cases):
    assert reader_call(question, ELIG).args["cases_last_6_years"] == cases


def test_a_part_after_a_count_is_still_a_part():
    # (其中有 after a count is a part, as before: 320 of which 20 said of PTCD — no 340)
    ext = reader_call("專科十年，PTCD 跟 PCN 共 320 例，這當中有 20 例是 PTCD，可以申請定位切片引流的指導老師嗎", ELIG)
    assert ext.args["cases_last_6_years"] == 320


# 6. the author's place said of a list
@pytest.mark.parametrize(("question", "roles"), [
    ("non-SCI 的：我通訊作者的 full article 3 篇，case report 兩篇，其中一篇我只是其他作者。這些可以抵幾分換證積分",
     ["corresponding", "corresponding", "other"]),
    ("換證積分：以通訊作者發表 non-SCI full article 3 篇、case report 2 篇，其中 1 篇 case report 我只是其他作者，幾分",
     ["corresponding", "corresponding", "other"]),
    ("non-SCI papers as corresponding author: 3 full articles and 2 case reports, though on one of the case reports I'm just a middle author. renewal points?",
     ["corresponding", "corresponding", "other"]),
    ("我通讯作者的 SCI full article 2 篇、case report 1 篇，换证够吗，放射积分 100", ["corresponding", "corresponding"]),
])
def test_the_place_said_of_the_list(question, roles):
    assert [a.get("role") for a in reader_call(question, RENEW).args["activities"]] == roles


@pytest.mark.parametrize("question", [
    "換證：SCI full article 一作 2 篇，case report 1 篇，放射積分 100，夠嗎",  # the place after the first paper only
    "non-SCI: 3 full articles as corresponding author, 2 case reports, one of which I'm only a co-author on. renewal points?",
])
def test_a_place_said_of_the_first_paper_only_is_asked(question):
    ext = reader_call(question, RENEW)
    assert "role" in [n.key for n in ext.needs]


# 7. a domain asked by a shared word
@pytest.mark.parametrize(("question", "domain"), [
    ("only 5 yrs as a specialist but I've given 4 invited talks on biliary stenting at TSIR / APCCVIR meetings. Case count is maybe 60. "
     "Can I still apply as instructor for the stenting domain?", "nonvascular_stenting"),
    ("專科 5 年，膽道支架的題目在年會講過 3 次，支架那項可以申請嗎", "nonvascular_stenting"),
    ("专科 5 年，我讲过 3 次 TACE 的主题演讲，可以申请栓塞指导老师吗", "tumor_embolization"),
    ("7 yrs specialist, 3 invited talks on UAE at IR meetings. can I apply for the embolization domain?", "non_tumor_embolization"),
])
def test_a_shared_word_asked_is_the_domain_of_the_techniques_named(question, domain):
    ext = reader_call(question, ELIG)
    assert ext.args["domain"] == domain and not ext.needs


def test_both_stenting_domains_named_are_each_computed():
    ext = reader_call("10 yrs specialist, biliary stents 70 and iliac stents 40. enough for the stenting domain?", ELIG)
    assert ext.args["domain"] == "nonvascular_stenting" and ext.args["cases_last_6_years"] == 70
    assert [c["domain"] for c in ext.extra_calls] == ["vascular_intervention"]


def test_the_shared_domain_reading_is_said(ask):
    a = ask("7 yrs specialist, 3 invited talks on UAE at IR meetings. can I apply for the embolization domain?")
    assert a.route == "calculator" and any("non-tumour" in s for s in a.assumptions)


# 8. the renewal's 200
@pytest.mark.parametrize("question", [
    "3 non-SCI case reports (first author on two, middle author on one), 1 SCI case report as corresponding, lectured twice at domestic "
    "meetings, and 90 CME. do I have 200 for renewal?",
    "2 SCI case reports as first author, 1 domestic e-poster, 120 CME — do I have 200 to renew?",
    "non-SCI 原著一作 2 篇、國內演講 2 次，另外 CME 90 分，換證要 200 分，我夠了嗎",
])
def test_the_instructor_renewal_line_routes_the_renewal(ask, question):
    a = ask(question)
    assert a.route == "calculator" and [c.name for c in a.tool_calls] == [RENEW]


# 9. the shared question on its own line
def test_the_shared_question_on_a_line_of_its_own(ask):
    a = ask("我專科10年，想一次申請兩項：\n1. 定位切片引流那項：PCN 120、PTCD 90、切片 70，共 280\n2. 支架那項：膽道支架 60、泌尿道支架 45\n"
            "兩項分別夠不夠？不夠的差幾例？")
    assert a.route == "calculator" and len(a.parts) == 2
    assert [p.tool_calls[0].result["shortfall"] for p in a.parts] == [20, 0]


# 10. lifetime instead of the renewal
@pytest.mark.parametrize(("question", "reply"), [
    ("I'm 59 now and turn 60 sometime next year. When my TSIR instructor cert comes up for renewal can I just go for the lifetime one instead?",
     "born 1967-03-02, I'd apply on 2027-04-01"),
    ("My instructor certificate is up for renewal next year and I'll be 60 by then. Could I apply for the lifetime certificate rather than renewing?",
     "born 1966-05-10, applying 2026-12-01"),
    ("明年換證的時候我大概 60 歲，可以直接改申請終身的嗎", "1966年3月3日生，預計2027年2月1日送件"),
])
def test_lifetime_instead_of_renewal_asks_the_dates(engine, question, reply):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert second.route == "calculator" and second.tool_calls[0].result["lifetime_eligible"] is True


def test_an_age_said_outright_is_still_the_rule():
    # (near miss: "我 62 歲" — article 6 answers it; no dates asked)
    assert not any(e.tool == RENEW and e.needs for e in _read_all("我 62 歲，可以申請終身指導老師嗎"))


def _read_all(question):
    from bot.reader import read_all
    return read_all(Query(question, today=TODAY))


# 11. a birth year and month, the day in the reply
def _reply_call(question, reply):
    from bot.reader import read_all
    q = Query(question, today=TODAY, followup=reply, expected=("birth_date", "application_date"))
    return next(e for e in read_all(q) if e.tool == RENEW)


@pytest.mark.parametrize(("question", "reply", "born"), [
    ("我55年8月生的，可以申請終身指導老師證書了嗎", "8月20日生，預計115年9月1日送件", datetime.date(1966, 8, 20)),
    ("我民國56年3月出生，可以申請終身指導老師嗎", "3月15日，打算116年4月1日申請", datetime.date(1967, 3, 15)),
    ("I was born in Aug 1966, can I get the lifetime instructor certificate?", "the 20th of August; I'd apply on 2026-09-01",
     datetime.date(1966, 8, 20)),
])
def test_the_day_of_a_birth_month_said_before(question, reply, born):
    assert str(_reply_call(question, reply).args["birth_date"]) == born.isoformat()


def test_another_month_in_the_reply_is_asked():
    ext = _reply_call("我55年8月生的，可以申請終身指導老師證書了嗎", "9月20日生，預計115年9月1日送件")
    assert "birth_date" not in ext.args and "birth_date" in [n.key for n in ext.needs]
