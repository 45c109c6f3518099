"""Round 32, the interventional radiology instructor certificate (tsir_instructor_eligibility, tsir_renewal_check and its
renewal_window), each class with phrasings of our own (zh-TW, zh-CN, English):

1. The specialist credential said in English after the specialist word ("radiology board cert for 11 years", "specialist
   license for 9 yrs", "board certificate 10 years"): its years are the specialist years.
2. A qualifier that only weighs a count said after its count word ("個案才100", "個案數只有 250", "cases only 90"): the
   figure as said — not an unread number that stops the calculation.
3. The renewal window asked as the earliest / latest day or how soon, the papers filed or submitted, the expiry said as the
   certificate's end or use ("ends 31 Aug 2027", "證書用到 2027/8/31"); and one's own certificate's change or expiry asked
   with no date ("什麼時候可以申請換新的", "什麼時候要換啊", "什麼時候會到期") — its date asked back, not the rule quoted.
4. Talks on an interventional subject ("lectures on IR topics", "介入相關題目") are the instructor's renewal points, never
   the surgical CME tally.
5. A reply restating the count of the thing asked about beside another fact ("兩篇都是第一作者，另外一般教育積分60"), or
   said of a thing listed before an English "and": the calculation completed, not asked again.
6. A shortfall asked only if not ("…可以嗎？不行的話積分還差多少", "Do I qualify …? if not how many more?"): one question
   with its yes / no, the yes / no never flipped by the shortfall's words; a points verdict and a lifetime verdict that
   disagree get no single yes / no.
7. The application day said without its year ("11/30要送換證"): the next such day, shown as an assumption; asked when this
   year's just-gone day is nearer or the clause says it was sent already.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY, ask_and_reply


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.answer[:300])
    return calls[0]


# ---------------------------------------------------------------- 1. the credential said in English

@pytest.mark.parametrize(("question", "years"), [
    ("250 TACEs in the last 6 yrs and I've had my radiology board cert for 11 years. Do I qualify as a tumour embolization "
     "instructor?", 11),
    ("RFA 190 in six years, held my specialist license for 9 yrs — ablation instructor ok?", 9),
    ("PTA 120 cases, radiology board certificate 10 years, vascular intervention instructor?", 10),
    ("Held the board cert for only 6 years, 320 biopsies and drainages — can I be a localization/biopsy instructor?", 6),
])
def test_the_credential_said_in_english_carries_the_years(engine, question, years):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["years_as_specialist"] == years


# ---------------------------------------------------------------- 2. a qualifier between the count word and its figure

@pytest.mark.parametrize(("question", "cases", "eligible"), [
    ("腫瘤栓塞：我有兩篇 SCI 是第一作者（都是TACE的），個案才100，專科6年，有機會嗎", 100, True),
    ("消融：RFA 的 SCI 兩篇一作，個案只有80，專科5年，可以嗎", 80, True),
    ("肿瘤栓塞：两篇SCI都是通讯作者，个案数仅有90例，专科7年，能申请吗", 90, True),
    ("tumour embo instructor: 2 first-author SCI papers on TACE, cases only 100, board 6 yrs — any chance?", 100, True),
])
def test_a_weighing_qualifier_leaves_the_count_as_said(engine, question, cases, eligible):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is eligible


# ---------------------------------------------------------------- 3. the renewal window

@pytest.mark.parametrize("question", [
    "my TSIR instructor certificate runs out 31 Aug 2027 — what's the earliest I can file for the new one?",
    "my instructor cert runs out 2027-08-31. how soon can I submit?",
    "my instructor certificate ends 31 Aug 2027, when can I file?",
    "指導老師證書 2027/8/31 到期，最快幾號可以送件？",
    "指導老師證書用到2027/8/31，最早可以什麼時候換？",
    "指导老师证书2027/8/31到期，最早什么时候可以换证？",
])
def test_the_window_asked_as_earliest_or_filing(engine, question):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "renewal_window")
    assert call.args == {"doc": "tsir-instructor", "expiry_date": "2027-08-31"}
    assert (call.result["opens"], call.result["closes"]) == ("2027-02-28", "2027-08-31")


@pytest.mark.parametrize(("question", "reply", "opens"), [
    ("指導老師證書什麼時候可以申請換新的？", "2021/10/7 核發", "2027-04-07"),
    ("介入指导老师证书什么时候可以去换新的？", "2020年12月1日发证的", "2026-06-01"),
    ("指導老師證什麼時候要換啊？想提早準備資料", "110年10月7日核發的", "2027-04-07"),
    ("我的指导老师证书啥时候可以开始换证？", "2022年6月30日核发", "2027-12-30"),
    ("指導老師證書什麼時候會到期？可以提早多久換", "112年4月1日核發", "2028-10-01"),
    ("when does my TSIR instructor cert expire? I'd like to renew early", "issued 2021-10-07", "2027-04-07"),
])
def test_ones_own_certificate_changed_or_run_out_asks_its_date(engine, question, reply, opens):
    first, done = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:300])
    assert any(m.startswith(("expiry_date", "issue_date")) for m in first.missing), first.missing
    assert done.route == "calculator", (done.route, done.answer[:300])
    assert _call(done, "renewal_window").result["opens"] == opens


@pytest.mark.parametrize("question", ["指導老師證書效期多久？", "指導老師證書可以提早多久申請換證？",
                                      "how long is the TSIR instructor certificate valid?",
                                      "证书什么时候可以申请换新的？"])
def test_the_rules_period_stays_the_rules(engine, question):
    assert ask_and_reply(engine, question).route == "retrieval"


# ---------------------------------------------------------------- 4. talks on an interventional subject

@pytest.mark.parametrize(("question", "reply", "points"), [
    ("I did some international oral presentations and a few domestic lectures on IR topics. how many renewal points is that?",
     "3 international orals and 2 domestic lectures", 115),
    ("gave a few domestic IR talks and some overseas e-posters, how many points?", "2 domestic talks, 2 overseas e-posters",
     2 * 20 + 2 * 25),
])
def test_talks_on_an_ir_subject_are_the_instructors_renewal(engine, question, reply, points):
    first, done = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and first.pending_call.name == "tsir_renewal_check", (first.route, first.answer[:300])
    assert done.route == "calculator", (done.route, done.answer[:300])
    assert _call(done, "tsir_renewal_check").result["points"] == points


def test_a_talk_on_an_interventional_topic_in_chinese_is_the_renewal(engine):
    a = ask_and_reply(engine, "國內介入相關題目演講 3 次、國外 oral 1 篇，積分多少？")
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsir_renewal_check").result["points"] == 3 * 20 + 25


# ---------------------------------------------------------------- 5. a reply restating the count, beside another fact

@pytest.mark.parametrize(("question", "reply", "points"), [
    ("指導老師換證，我有2篇SCI full article，國內演講3次，這樣夠嗎", "兩篇都是第一作者，另外一般教育積分60", 200),
    ("指導老師換證，我有2篇SCI full article，國內演講3次，這樣夠嗎", "兩篇皆為通訊作者，一般教育積分60", 200),
    ("指导老师换证：SCI full article 2篇，国内演讲3次，够吗", "两篇都是第一作者，另外一般教育积分50", 190),
    ("instructor renewal: 2 SCI full articles and 3 domestic lectures, enough?", "both first author", 140),
    ("instructor renewal: 2 SCI full articles and 3 domestic lectures, enough?",
     "2 papers both as first author, plus 60 radiology CME points", 200),
])
def test_a_restated_count_beside_another_fact_completes(engine, question, reply, points):
    first, done = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:300])
    assert done.route == "calculator", (done.route, done.answer[:300])
    call = _call(done, "tsir_renewal_check")
    assert call.result["points"] == points
    papers = [x for x in call.args["activities"] if x["kind"] == "sci_full_article"]
    assert [p["count"] for p in papers] == [2]


# ---------------------------------------------------------------- 6. a shortfall asked only if not

@pytest.mark.parametrize(("question", "lead"), [
    ("I've done 250 TACEs in the last 6 yrs, specialist for 11 years. Do I qualify as a TSIR instructor for tumour "
     "embolization? if not how many more?", ""),
    ("150 RFAs in 6 years, specialist 9 yrs. Am I eligible as an ablation instructor? Otherwise how many more cases do I need?", ""),
    ("腫瘤栓塞指導老師：TACE 250例，專科9年，符合嗎？如果不符合，還差多少例？", ""),
    ("消融指导老师：RFA 150例，专科9年，可以吗？不行的话还差几例？", ""),
])
def test_a_shortfall_asked_if_not_is_one_question(engine, question, lead):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator" and not a.parts, (a.route, len(a.parts), a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.result["eligible"] is False and call.result["shortfall"] > 0
    assert not a.answer.startswith(("可以", "Yes")), a.answer[:120]
    if lead:
        assert a.answer.startswith(lead), a.answer[:120]


def test_the_lifetime_asked_then_the_shortfall_leads_with_no(engine):
    a = ask_and_reply(engine, "1966/12/10生，2026/11/30要送換證，目前放射積分150，另外一篇SCI full article我是其他作者。"
                              "終身證可以嗎？不行的話積分還差多少")
    call = _call(a, "tsir_renewal_check")
    assert (call.result["lifetime_eligible"], call.result["points"], call.result["shortfall"]) == (False, 165, 35)
    assert a.answer.startswith("不可以"), a.answer[:120]


def test_verdicts_that_disagree_get_no_single_yes_or_no(engine):
    a = ask_and_reply(engine, "1966/12/10生，2027/1/5要送換證，目前放射積分150。終身證可以嗎？不行的話積分還差多少")
    call = _call(a, "tsir_renewal_check")
    assert (call.result["lifetime_eligible"], call.result["eligible"]) == (True, False)
    assert not a.answer.startswith(("可以", "不可以")), a.answer[:120]


# ---------------------------------------------------------------- 7. the application day said without its year

@pytest.mark.parametrize(("question", "day"), [
    ("1966/12/10生，11/30要送換證，目前放射積分150，另外一篇SCI full article我是其他作者。終身證可以嗎？不行的話積分還差多少",
     "2026-11-30"),
    ("1967年1月20日出生，打算1/25送指導老師換證，可以申請終身嗎？", "2027-01-25"),
    ("born 1966-12-01, I'll apply for my instructor renewal on 12/15 — lifetime cert possible?", "2026-12-15"),
])
def test_a_day_to_come_without_its_year_is_the_next_one(engine, question, day):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsir_renewal_check").args["application_date"] == day
    assert any(day in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "reply", "day"), [
    ("1966/12/10生，11/20要送換證，目前放射積分150，終身證可以嗎？", "2027年", "2027-11-20"),
    ("1966/12/10生，11/30已經送件了，目前放射積分150，終身證可以嗎？", "2026年", "2026-11-30"),
])
def test_a_day_whose_year_is_open_is_asked(engine, question, reply, day):
    first, done = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("application_date") for m in first.missing), \
        (first.route, first.missing, first.answer[:300])
    assert _call(done, "tsir_renewal_check").args["application_date"] == day


# ---------------------------------------------------------------- 8. what people also call the instructor

@pytest.mark.parametrize(("question", "domain"), [
    ("我在介入年會當過兩次座長、一次演講，都是講疼痛控制跟引流，專科才4年，這樣能拿定位切片引流那類的指導醫師嗎",
     "localization_biopsy_drainage_pain"),
    ("腫瘤栓塞指導醫師：TACE 310例，專科10年，可以嗎", "tumor_embolization"),
    ("消融带教老师：RFA 200例，专科9年，够吗", "ablation"),
])
def test_the_instructor_called_otherwise(engine, question, domain):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["domain"] == domain and call.result["eligible"] is True


def test_the_instructor_called_otherwise_asks_the_cases(engine):
    first, done = ask_and_reply(engine, "我想申請腫瘤栓塞的指導醫師，專科10年，這樣可以嗎", "310例")
    assert first.route == "clarify", (first.route, first.answer[:300])
    assert _call(done, "tsir_instructor_eligibility").result["eligible"] is True


# ---------------------------------------------------------------- 9. the application day said another way

@pytest.mark.parametrize(("question", "birth", "day"), [
    ("民國56年12月1日生，預計115年10月送指導醫師換證(10/1)，需要積分嗎", "1967-12-01", "2026-10-01"),
    ("民国56年12月1日生，预计115年10月送换证（1日），还要积分吗", "1967-12-01", "2026-10-01"),
    ("born 1965-07-20, applying for instructor renewal 2026-02-01. do I still need the 200 pts?", "1965-07-20", "2026-02-01"),
    ("DOB 1966/3/2, instructor renewal on 2026/12/1 — lifetime cert?", "1966-03-02", "2026-12-01"),
])
def test_the_application_day_said_another_way(engine, question, birth, day):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    call = _call(a, "tsir_renewal_check")
    assert (call.args["birth_date"], call.args["application_date"]) == (birth, day)


# ---------------------------------------------------------------- 10. 60 neared, the lifetime certificate asked

@pytest.mark.parametrize(("question", "reply", "lifetime"), [
    ("I'm turning 60 sometime next year, do I need to renew the IR instructor cert at all?",
     "born 1967-03-02, applying 2027-04-01", True),
    ("I'm turning 60 soon, do I even have to renew my instructor certificate?", "DOB 1967/3/15, I'll apply on 2027/2/1", False),
    ("我快60岁了，申请终身带教老师证书够年龄了吗？", "1966年3月2日出生，打算2026年12月1日申请", True),
])
def test_sixty_neared_asks_the_dates(engine, question, reply, lifetime):
    first, done = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("birth_date") for m in first.missing), (first.route, first.answer[:300])
    assert _call(done, "tsir_renewal_check").result["lifetime_eligible"] is lifetime


@pytest.mark.parametrize(("question", "day"), [
    ("1966/12/20 生，12/1 要送換證，放射積分 180，終身的可以嗎", "2026-12-01"),
    ("1966/12/20生，12/2遞件換證，放射积分180，终身可以吗", "2026-12-02"),
    ("born 1966-12-20, I'll renew on 12/3, 180 radiology CME points — lifetime?", "2026-12-03"),
])
def test_a_slash_day_with_its_act_is_a_day(engine, question, day):
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "tsir_renewal_check").args["application_date"] == day


@pytest.mark.parametrize("question", ["介入放射科住院医师规培要轮转多久？结业考核考什么", "介入放射科住院醫師要輪轉哪些科？",
                                      "放射科规范化培训结业考核难吗"])
def test_residency_training_named_the_mainland_way_is_not_ours(engine, question):
    assert ask_and_reply(engine, question).route == "out_of_scope"
