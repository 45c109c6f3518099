"""Classes of the twentieth round in the TSA / TSIR reader — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence. Confidently wrong first: a part named "one of the N X" after a mixed list was carved out of the
wrong item (or not at all), and the meeting pointed back at as itself ("plus the meeting itself") was dropped."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_calls as _calls


def _total(a) -> float:
    _calls(a)
    return a.tool_calls[0].result["total"]


# --- 1. "one of the N X was Y" / "其中一篇口頭是 Y": the part is carved out of the item its words name (was confidently wrong) -

@pytest.mark.parametrize(("question", "total"), [
    # 2 orals (one a case report: 10 + 5) + 1 poster 10
    ("This year I gave 2 orals and 1 poster as first author; one of the orals was a case report. total?", 25),
    # 3 posters (two case reports: 10 + 5 + 5) + 1 oral 10
    ("I presented 3 posters and 1 oral at the annual meeting this year, all as first author; 2 of the 3 posters were case reports. total?", 30),
    # + the annual meeting 60
    ("今年年會我發表口頭 2 篇、壁報 1 篇，都是第一作者，其中一篇口頭是病例報告，加上出席，共幾分？", 85),
    ("今年发表了口头报告 3 篇、壁报 2 篇，都是第一作者；壁报里有 1 篇是病例报告，总共几分", 45),
])
def test_a_part_named_by_its_words_is_carved_out_of_that_item(ask, question, total):
    assert _total(ask(question)) == total


def test_a_presenter_read_from_the_verb_stays_beside_a_role_said_for_all(ask):
    # ("I presented …, all as second author": the presenter is credited by 5.6 — never replaced by the author place)
    a = ask("This year I presented 2 posters at the annual meeting, all as second author. credits for them?")
    assert _total(a) == 20


# --- 2. the meeting pointed back at as itself is attended: read where the place is named, else asked -----------------------

@pytest.mark.parametrize("question", [
    "Had 4 posters at this year's annual meeting (first author on each). And the meeting itself, of course. Total credits?",
    "今年在年會貼了 2 張壁報，都是一作，再加上年會本身，總共幾分？",
    "今年年会上我做了 2 个口头报告（第一作者），会议本身也算的话总共几分",
])
def test_the_meeting_itself_is_attended(ask, question):
    calls = _calls(ask(question))
    assert any(a["kind"] == "tsa_annual_meeting" for a in calls[0][1]["activities"])


@pytest.mark.parametrize(("question", "reply", "total"), [
    ("I had 3 posters this year as first author. Plus the meeting itself. How many credits?", "the TSA annual meeting", 90),
    ("今年發表 2 篇壁報（一作），加上會議本身，幾分？", "本會年會", 80),
])
def test_the_meeting_itself_with_no_meeting_named_is_asked(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _total(second) == total


def test_of_course_is_no_course(ask):
    calls = _calls(ask("this year I gave 2 orals at the TSA congress as first author, and the congress itself of course - total?"))
    assert {a["kind"] for a in calls[0][1]["activities"]} == {"presentation", "tsa_annual_meeting"}


# --- 3. an "each" in brackets of one activity is that activity's detail, never a count of the next --------------------------

@pytest.mark.parametrize(("question", "kind", "count"), [
    ("今年院外研討會 2 場（每場都 3 小時）、國外醫學會 1 次，共幾分？", "international_meeting", 1),
    ("今年去了月会 4 次（每次都有签到）、国际会议 1 场，一共几分", "international_meeting", 1),
    ("this year: 3 seminars (each time 3 hours), 1 international congress. how many credits?", "international_meeting", 1),
])
def test_an_each_in_brackets_stays_with_its_activity(ask, question, kind, count):
    calls = _calls(ask(question))
    assert [a["count"] for a in calls[0][1]["activities"] if a["kind"] == kind] == [count]


# --- 4. a reason in brackets naming the zero year ("yr 5") is a label, no figure ------------------------------------------

@pytest.mark.parametrize("question", [
    "my six years: 90, 110, 0, 120, 100, 130 - yr 3 I was abroad. can I renew?",
    "renewal: 120/0/130/140/150/160 (yr 2 was parental leave). ok?",
])
def test_a_year_named_short_is_a_label(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsa_renewal_check"
    assert 0 in calls[0][1]["yearly_credits"] and len(calls[0][1]["yearly_credits"]) == 6


# --- 5. a seminar's length said as a bound at 5.5's two hours is its bracket, said so ---------------------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("今年院外講習會去了 3 場，每場都不到兩小時，總共幾分？", 15),
    ("今年参加了 2 场国内研讨会，都超过两个小时，共几分", 20),
    ("went to 4 local workshops this year, all of them under 2 hours. how many credits?", 20),
    ("2 domestic seminars this year, each longer than 2 hours - credits?", 20),
])
def test_a_bound_at_the_rules_line_is_the_bracket(ask, question, total):
    a = ask(question)
    assert _total(a) == total
    assert a.assumptions  # the bracket read is said


def test_a_bound_on_a_course_credited_by_the_hour_is_not_read_as_a_figure(ask):
    a = ask("今年上了一門外科課程（按時數認定），上了不到兩小時，幾分？")
    assert not a.tool_calls


@pytest.mark.parametrize(("question", "reply", "total"), [
    # a bound said of some of them brackets nothing: asked, then the reply's split is the seminars
    ("This year I attended several outside workshops, a few of them over 2 hours. Credits?",
     "4 in total: three 1-hour ones and one 4-hour one", 25),
    ("今年去了幾場院外研討會，有些超過兩小時，這樣幾分？", "總共 3 場：2 場 1 小時、1 場 3 小時", 20),
])
def test_a_bound_said_of_some_is_asked_then_the_reply_split_is_read(engine, question, reply, total):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert _total(second) == total


@pytest.mark.parametrize("question", [
    "今年去了 4 場院外研討會，有些超過兩小時，幾分？",
    "went to 3 local seminars this year, some longer than 2 hours - credits?",
])
def test_a_bound_said_of_some_is_never_a_bracket(ask, question):
    assert not ask(question).tool_calls


@pytest.mark.parametrize("question", [
    "今年在醫學中心進修了兩個月，可以抵多少外科積分？",
    "去年到北榮進修 3 個月，這能抵幾分外科學分",
])
def test_credits_said_surgical_are_the_tally_even_with_di(ask, question):
    calls = _calls(ask(question))
    assert calls[0][1]["activities"][0]["kind"] == "training_domestic"


# --- 6. the count said after the role, in a clause of its own ("掛中間作者，共 4 篇", "as a middle author, 3 in total") -------

@pytest.mark.parametrize(("question", "count", "points"), [
    ("SCI 原著我都是掛名的其他作者，總共 3 篇；放射專科積分 160，換證夠嗎？", 3, 205),
    ("SCI 全文我都挂中间作者，一共5篇，放射科学分 100，换证够不够", 5, 175),
    ("SCI full papers where I'm a middle author, 2 in total; radiology CME 170. enough to renew my TSIR instructor certificate?", 2, 200),
])
def test_a_count_after_the_role_is_the_papers_count(ask, question, count, points):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1]["activities"] == [{"kind": "sci_full_article", "count": count, "role": "other"}]
    assert a.tool_calls[0].result["points"] == points


# --- 7. invited talks said with the verb ("被邀請講 … 講了 3 次") open article 1(2)(1)'s path without a case count -----------

@pytest.mark.parametrize(("question", "domain"), [
    ("專科 6 年，消融個案很少，不過受邀去講消融講了 4 次，可以申請消融指導老師嗎", "ablation"),
    ("专科才 4 年，UAE 病例不多，但学会邀请我讲 UAE 已经讲了 3 次，能申请非肿瘤栓塞指导老师吗", "non_tumor_embolization"),
])
def test_invited_talks_said_with_the_verb_are_the_lecture_path(ask, question, domain):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1]["domain"] == domain
    assert a.tool_calls[0].result["path"] == "lectures"


# --- 8. a case mix by technique: a vessel's stents named with artery / vein are vascular intervention -----------------------

def test_artery_and_vein_stents_are_vascular_cases(ask):
    calls = _calls(ask("applying for vascular intervention instructor, 10 yrs specialist: 60 dialysis access PTAs, "
                       "25 femoral artery stents and 10 subclavian vein stents in the last 6 years. ok?"))
    assert calls[0][1]["cases_last_6_years"] == 95


# --- 9. "at once" is no count: two domains asked in one message are one call each -----------------------------------------

def test_two_domains_at_once_are_two_calls(ask):
    calls = _calls(ask("I'd like to apply for 2 domains at once - ablation: RFA 120 + MWA 70; tumour embo: TACE 280. "
                       "10 years post-boards. which ones?"))
    assert sorted((c[1]["domain"], c[1]["cases_last_6_years"]) for c in calls) == [("ablation", 190), ("tumor_embolization", 280)]


# --- 10. a birthday said without its year in reply, the birth year said alone before, is that day in that year ------------

@pytest.mark.parametrize(("question", "reply", "born"), [
    ("renewing my TSIR instructor cert next year; I was born in 1966 - can I go for the lifetime one instead?",
     "birthday is September 10, and I plan to apply on 2027-01-05", "1966-09-10"),
    ("我55年次的，明年想申請終身指導老師，可以嗎？", "生日是 11 月 2 號，預計 2026/12/20 申請", "1966-11-02"),
    ("我是1965年出生的，想改申请终身指导老师，可以吗", "生日 3 月 8 号，打算 2026/1/15 送件", "1965-03-08"),
])
def test_a_birthday_without_its_year_takes_the_birth_year_said(engine, question, reply, born):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    calls = _calls(second)
    assert calls[0][1]["birth_date"] == born


# --- 11. a talk given said with the verb ("去講過", "講了") is the renewal's lecturer item; its count asked, then read ----------

@pytest.mark.parametrize(("question", "reply", "points"), [
    ("國內學會邀我去講介入的題目講過好幾次，換證能算幾分？", "4 次", 80),
    ("国外的介入会议我去讲过几次，换证可以抵多少分", "讲了 2 次", 80),
])
def test_a_talk_given_said_with_the_verb_is_a_lecture(engine, question, reply, points):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    calls = _calls(second)
    assert [a["kind"] for a in calls[0][1]["activities"]] == ["lecturer_or_moderator"]
    assert second.tool_calls[0].result["points"] == points


# --- 12. a total said after several kinds or roles is no count of the last one (was confidently wrong) --------------------

@pytest.mark.parametrize("question", [
    "今年 SCI 論文有第一作者也有第二作者，共 3 篇，外科積分幾分？",
    "今年月會和年會都有去，共 5 次，幾分？",
    "this year I went to the monthly meetings and the annual meeting, 6 times in total. credits?",
])
def test_a_total_after_several_things_is_asked(ask, question):
    assert not ask(question).tool_calls
