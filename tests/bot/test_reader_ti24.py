"""TSA / TSIR reader classes of the twenty-fourth round — each tested with wordings of its own (zh-TW, zh-CN, en),
never the bank's sentence: an SCI listing denied ("沒有SCI", "isn't SCI") names a non-SCI paper; a run of counts typed
without separators ("2篇一作1篇通訊") is cut into its items; the date a certificate runs to ("證書到 …", "runs out …")
names the renewal window; the application day named before its date ("submit on my birthday, …")."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query


def _call(a, tool):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    calls = [c for c in a.tool_calls if c.name == tool]
    assert calls, a.tool_calls
    return calls[0]


def _rows(call):
    return sorted((x["kind"], x.get("role"), x.get("count", 1), bool(x.get("case_report"))) for x in call.args["activities"])


# --- 1. an SCI listing denied: a non-SCI paper (5.8 / TSIR 5.2), never an SCI one ---------------------------------

@pytest.mark.parametrize(("question", "rows"), [
    ("今年院內雜誌（沒有SCI）我第一作者一篇，外科積分幾分？", [("paper_non_sci", "first", 1, False)]),
    ("今年有篇文章登在不是SCI的期刊，我是二作，外科积分多少？", [("paper_non_sci", "second", 1, False)]),
    ("This year one paper in a journal that isn't SCI, I'm the corresponding author. TSA credits?",
     [("paper_non_sci", "corresponding", 1, False)]),
])
def test_an_sci_listing_denied_is_a_non_sci_paper(ask, question, rows):
    assert _rows(_call(ask(question), "tsa_credit_tally")) == [(k, r, c, cr) for k, r, c, cr in rows]


@pytest.mark.parametrize(("question", "kind"), [
    ("換證：不是SCI的 case report 一篇（我是一作），另外教育積分 150，夠嗎", "non_sci_case_report"),
    ("TSIR renewal: one full article (not SCI), first author, plus 160 radiology CME points. enough?",
     "non_sci_full_article"),
])
def test_tsir_an_sci_listing_denied_is_a_non_sci_paper(ask, question, kind):
    acts = _call(ask(question), "tsir_renewal_check").args["activities"]
    assert [a["kind"] for a in acts] == [kind], acts


def test_an_sci_paper_is_still_sci(ask):
    assert _rows(_call(ask("今年SCI一篇，我是通訊作者，外科積分幾分"), "tsa_credit_tally")) == [("paper_sci", "corresponding", 1, False)]


def test_the_corresponding_author_typed_with_its_homophone(ask):
    acts = _call(ask("換證積分：non-SCI 原著通迅作者 2 篇，教育積分 120，夠不夠"), "tsir_renewal_check").args["activities"]
    assert [(a["kind"], a.get("role"), a["count"]) for a in acts] == [("non_sci_full_article", "corresponding", 2)], acts


# --- 2. a run of counts typed without separators: each count its own item ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SCI 2篇一作1篇通訊", "SCI 2篇一作、1篇通訊"),
    ("非SCI 3篇二作2篇其他作者", "非SCI 3篇二作、2篇其他作者"),
    ("月會上半年去2次下半年去3次", "月會上半年去2次、下半年去3次"),
    ("一作2篇通訊1篇。", "一作2篇、通訊1篇。"),
    ("兩篇裡有一篇是case report", "2篇裡有1篇是 case report"),  # a qualifier's words stay with their count
    ("月會5次其中2次講者", "月會5次，其中2次講者"),  # the qualifier its own clause, as after a comma (calcdev58r)
])
def test_a_run_without_separators_is_cut_on_the_right_side(text, expected):
    assert Query(text).text == expected


@pytest.mark.parametrize(("question", "rows"), [
    ("今年SCI中了四篇，三篇一作一篇通訊，外科積分多少？", [("paper_sci", "corresponding", 1, False), ("paper_sci", "first", 3, False)]),
    ("今年非SCI论文两篇一作一篇二作，外科积分多少", [("paper_non_sci", "first", 2, False), ("paper_non_sci", "second", 1, False)]),
])
def test_counts_with_their_roles_typed_as_one_run(ask, question, rows):
    assert _rows(_call(ask(question), "tsa_credit_tally")) == sorted(rows)


# --- 3. the date a certificate runs to, and the new certificate asked for: the renewal window ----------------------

@pytest.mark.parametrize(("question", "doc", "expiry"), [
    ("指導老師證書到117/6/30，最早什麼時候可以申請換新證？", "tsir-instructor", "2028-06-30"),
    ("指导老师证书到 2028/5/31，什么时候可以开始申请换新证？", "tsir-instructor", "2028-05-31"),
    ("my TSIR instructor cert runs out 2028-02-29, when can I file for the new one?", "tsir-instructor", "2028-02-29"),
    ("my instructor cert is good till 2027-10-31 — when does the window open?", "tsir-instructor", "2027-10-31"),
    ("外科專科醫師證書效期到2027/3/31，最早什麼時候可以送展延？", "tsa-cme", "2027-03-31"),
])
def test_the_date_a_certificate_runs_to_is_its_expiry(ask, question, doc, expiry):
    c = _call(ask(question), "renewal_window")
    assert (c.args["doc"], c.args["expiry_date"]) == (doc, expiry), c.args


# --- 4. the application day named before its date ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "birth", "applied"), [
    ("born 1967-03-15, I'll submit on my birthday, 2027-03-15 — lifetime instructor certificate possible?", "1967-03-15", "2027-03-15"),
    ("I was born 1966-08-01; planning to apply on my 60th birthday (2026-08-01). lifetime instructor cert ok?", "1966-08-01", "2026-08-01"),
])
def test_the_application_day_named_before_its_date(ask, question, birth, applied):
    c = _call(ask(question), "tsir_renewal_check")
    assert (c.args.get("birth_date"), c.args.get("application_date")) == (birth, applied), c.args


# --- 5. a paper presented at one of the meetings attended: on top of them (5.6's note), never carved out ------------

@pytest.mark.parametrize(("question", "meetings"), [
    ("今年出國開了三次國際會議，其中一場有貼壁報（我是一作），外科積分多少", 3),
    ("今年去了两次国际会议，在其中一个上做了口头报告（第一作者），积分多少", 2),
    ("went to 4 international congresses in 2026 and gave an oral at one of them as first author. credits?", 4),
])
def test_a_paper_presented_at_one_of_the_meetings_is_on_top_of_them(ask, question, meetings):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    got = {a["kind"]: a["count"] for a in acts}
    assert got == {"international_meeting": meetings, "presentation": 1}, acts


# --- 6. a vague count heading a list whose next item is led by "另外 / another": the list gives the counts ------------

@pytest.mark.parametrize(("question", "rows"), [
    ("今年聽了一些院外研討會：一小時的有3場，另外一場四個小時，外科積分多少", [(3, 1), (1, 4)]),
    ("今年参加了一些国内研讨会：两小时以内的有2场，另外一场三个小时，积分多少", [(2, 2), (1, 3)]),
])
def test_a_vague_count_heading_a_list_led_by_another(ask, question, rows):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert sorted((a["count"], a["hours"]) for a in acts if a["kind"] == "domestic_seminar") == sorted(rows), acts


def test_a_vague_count_alone_is_still_asked(ask):
    a = ask("今年去了一些研討會，外科積分多少")
    assert a.route == "clarify" and any("一些" in m for m in a.missing), (a.route, a.missing)


# --- 7. "one of the (middle) authors": a place on the byline, never a count of papers --------------------------------

@pytest.mark.parametrize(("question", "case_report"), [
    ("non-SCI case report in 2026, I'm only one of the middle authors. TSA credits?", True),
    ("an SCI paper this year, I'm one of the co-authors — how many surgical CME credits?", False),
    ("2026: a non-SCI original article where I'm one of the other authors. credits?", False),
])
def test_one_of_the_authors_is_a_place_not_a_count(ask, question, case_report):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert len(acts) == 1 and acts[0]["count"] == 1 and acts[0]["role"] == "other", acts
    assert bool(acts[0].get("case_report")) is case_report, acts


# --- 8. the person's own total with an adverb before its verb ("加起來也有", "總共也就", "合計就是"): a check -----------

@pytest.mark.parametrize(("question", "tool"), [
    ("外科專科展延：六年積分 100、110、95、105、100、90，加起來也才600，可以嗎", "tsa_renewal_check"),
    ("展延：六年各年積分 120、100、90、110、100、100，合計就是620，OK嗎", "tsa_renewal_check"),
    ("月會今年去了3次、年會1次，總共也就4次，幾分", "tsa_credit_tally"),
])
def test_a_stated_total_with_an_adverb_is_a_check(ask, question, tool):
    _call(ask(question), tool)


def test_a_stated_total_with_an_adverb_that_disagrees_is_asked(ask):
    a = ask("展延：六年積分 100、110、95、105、100、90，加起來也有640，可以嗎")
    assert a.route == "clarify", (a.route, a.tool_calls)


# --- 9. a result the person asks whether they get ("可以算 40 嗎", "is that 100 credits?"): their guess, no input ------

@pytest.mark.parametrize(("question", "monthly"), [
    ("今年年會有去、月會3次，這樣能算 120 分嗎？", 3),
    ("今年月会去了2次、年会1次，可以拿 100 分吗", 2),
    ("went to the TSA annual meeting and 4 monthly meetings this year — is that 140 credits?", 4),
])
def test_a_result_asked_is_no_input(ask, question, monthly):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert {a["kind"]: a["count"] for a in acts} == {"tsa_annual_meeting": 1, "tsa_monthly_meeting": monthly}, acts


# --- 10. one item's count said twice, once of all of it ("四張壁報，四篇都是一作"): restated, counted once --------------

@pytest.mark.parametrize(("question", "count"), [
    ("今年外科年會貼了三張壁報，三篇都是我一作，發表積分多少", 3),
    ("今年年会贴了两张壁报，两篇都是第一作者，发表的积分多少", 2),
])
def test_one_items_count_said_twice_of_all_of_it(ask, question, count):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    pres = [a for a in acts if a["kind"] == "presentation"]
    assert [(a["count"], a["role"]) for a in pres] == [(count, "first")], acts


# --- 11. ATLS named: its "instructor" is the course's, never the TSIR instructor certificate --------------------------

def test_atls_with_its_instructor_is_the_surgical_tally(ask):
    acts = _call(ask("ATLS 今年上了两次（provider + instructor），外科学会积分多少？"), "tsa_credit_tally").args["activities"]
    assert [(a["kind"], a["count"]) for a in acts] == [("atls", 2)], acts


@pytest.mark.parametrize("question", [
    "今年ATLS課程去了2次，一次當instructor，外科積分多少",
    "2026: 2 ATLS courses (one as instructor). surgical CME credits?",
    "I teach ATLS as an instructor; how many TSA credits per ATLS course?",
])
def test_atls_with_its_instructor_is_never_the_tsir_certificate(ask, question):
    a = ask(question)
    tools = [c.name for c in a.tool_calls] + ([a.pending_call.name] if a.pending_call else [])
    assert not any(t.startswith("tsir") for t in tools), (a.route, tools)


# --- 12. a length said as a hyphenated adjective ("one-day", "two-hour"): the figure --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("a one-day meeting", "a 1-day meeting"),
    ("a two-hour course and a three-month fellowship", "a 2-hour course and a 3-month fellowship"),
])
def test_a_hyphenated_length_is_a_figure(text, expected):
    assert Query(text).text == expected


@pytest.mark.parametrize(("question", "days"), [
    ("in 2026 I attended a one-day subspecialty society annual meeting. TSA credits?", 1),
    ("2025: went to a two-day specialty society annual mtg. surgical CME credits?", 2),
])
def test_a_specialty_meeting_length_said_as_a_hyphenated_word(ask, question, days):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert [(a["kind"], a.get("days")) for a in acts] == [("specialty_annual_meeting", days)], acts


# --- 13. a domestic / local talk or lecture attended: a seminar (5.5) -----------------------------------------------

@pytest.mark.parametrize(("question", "count", "hours"), [
    ("2026: sat in on 2 local lunchtime talks of about 1 hr each. TSA credits?", 2, 1),
    ("this year I attended a 3 hr domestic lecture on stoma care. surgical CME credits?", 1, 3),
])
def test_a_local_talk_attended_is_a_seminar(ask, question, count, hours):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert [(a["kind"], a["count"], a.get("hours")) for a in acts] == [("domestic_seminar", count, hours)], acts


def test_a_domestic_lecture_given_is_no_seminar_attended(ask):
    a = ask("this year I gave a domestic lecture on hernia repair. TSA credits?")
    acts = [x for c in a.tool_calls for x in c.args.get("activities", [])]
    assert not any(x["kind"] == "domestic_seminar" for x in acts), acts


# --- 14. a year with a month and no day ("112年7月到12月"): the year of what was done; the month range is its period -

@pytest.mark.parametrize(("question", "rows"), [
    ("我111年3月到5月在日本進修了三個月，接著112年在醫學中心進修2個月，各幾分？",
     [("training_abroad", 3, 2022), ("training_domestic", 2, 2023)]),
    ("2024年9月到11月我在美国进修了3个月，外科积分多少？", [("training_abroad", 3, 2024)]),
    ("went for a fellowship abroad 2025年1月到6月, six months in total. TSA credits?", [("training_abroad", 6, 2025)]),
])
def test_a_year_with_a_month_range_dates_the_training(ask, question, rows):
    acts = _call(ask(question), "tsa_credit_tally").args["activities"]
    assert sorted((a["kind"], a["months"], a.get("year")) for a in acts) == sorted(rows), acts


def test_a_month_range_that_disagrees_with_the_months_is_asked(ask):
    a = ask("我2024年3月到6月在美國進修三個月，外科積分多少？")
    assert a.route == "clarify", (a.route, a.tool_calls)


def test_a_date_with_its_day_is_still_no_year_of_activities():
    import datetime

    from bot.parsing.dates import find_years
    q = Query("證書115年12月31日到期", today=datetime.date(2026, 11, 25))
    assert find_years(q.text, q.today) == []
