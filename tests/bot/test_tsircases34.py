"""Round 34, the instructor's case counts (tsir_instructor_eligibility), each class with phrasings of our own (zh-TW, zh-CN,
English):

1. A list of a domain's counts in mixed case units ("PCN 150台、PTCD 90例", "120 PTCDs, PCN 100 procedures and 90 biopsy
   cases"): every unit of a case count joins one list, summed — never a figure in another unit (次, 年).
2. A domain's own sub-kinds listed with a stated total they do not add up to ("定位 80、切片 140、引流 50、疼痛控制 20，共
   300 例"): the counts are summed, the total is a check — set aside and said so, never picked over them.
3. In the list of the domain asked about, a count of another domain's technique ("RFA 150、TACE 80", 消融 asked) is set
   aside, said so; a count of a technique no clause names ("IVC filter 15") is asked about — never added, never dropped.
4. A count said as a figure and some with no unit after it ("個案兩百多，", "病例一百多"): vague — the verdict given where it
   rests on no value of it (the lectures decide, or even its highest falls short; its lowest used, said so), else the figure
   asked; never "could not tell what it stands for".
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply

TOOL = "tsir_instructor_eligibility"


def _only_call(answer):
    calls = [c for c in answer.tool_calls if c.name == TOOL]
    assert len(calls) == 1, (answer.route, answer.answer[:300], [c.args for c in answer.tool_calls])
    return calls[0]


def _calculated(engine, question):
    """The answer to `question`, a calculation, and its one call of the tool."""
    a = ask_and_reply(engine, question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    return a, _only_call(a)


# ---------------------------------------------------------------- 1. mixed case units join one list

@pytest.mark.parametrize(("question", "domain", "cases", "eligible"), [
    ("近六年 PTCD 120 台、PCN 100 例、切片 90 件，專科 9 年，定位切片引流的指導老師可以申請嗎？",
     "localization_biopsy_drainage_pain", 310, True),
    ("PTCD 120台、PCN 100例、穿刺活检 90例，专科9年，能申请定位/切片/引流的指导老师吗？", "localization_biopsy_drainage_pain", 310, True),
    ("In the last 6 years: 120 PTCDs, PCN 100 procedures and 90 biopsy cases; specialist 9 years. Can I apply as "
     "localization/biopsy/drainage instructor?", "localization_biopsy_drainage_pain", 310, True),
    ("RFA 100 台、MWA 60 例，專科 10 年，消融指導老師可以申請嗎？", "ablation", 160, False),
    ("PCN 150檯、PTCD 90件，专科10年，能申请定位/切片/引流的指导老师吗？", "localization_biopsy_drainage_pain", 240, False),
])
def test_mixed_case_units_are_one_list(engine, question, domain, cases, eligible):
    a, call = _calculated(engine, question)
    assert (call.args["domain"], call.args["cases_last_6_years"]) == (domain, cases)
    assert call.result["eligible"] is eligible
    assert not a.unused


def test_a_figure_in_another_unit_never_joins_the_cases(engine):
    a = ask_and_reply(engine, "PCN 150台、PTCD 90次，專科10年，能申請定位/切片/引流的指導老師嗎？")
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert any("90" in m for m in a.missing)
    b = ask_and_reply(engine, "RFA 100 台、專科 10 年、講過 2 次，消融指導老師可以申請嗎？")
    call = _only_call(b)
    assert (call.args["cases_last_6_years"], call.args["lectures_in_domain"], call.args["years_as_specialist"]) == (100, 2, 10)


# ---------------------------------------------------------------- 2. a stated total the counts do not add up to

@pytest.mark.parametrize(("question", "cases", "shortfall", "total"), [
    ("消融：RFA 100、MWA 50、冷凍 20，共 180 例，專科 9 年，夠了吧？", 170, 10, "180"),
    ("栓塞：TACE 200、TARE 60、DEB-TACE 30，一共 300 例，专科 10 年，肿瘤栓塞够吗", 290, 10, "300"),
    ("TACE 200 + TARE 60 + DEB 30 = total of 300 cases, board certified 10 yrs, enough for tumour embo instructor?", 290, 10, "300"),
    ("定位 90、切片 130、引流 60、疼痛控制 10，合計 300 例，專科 11 年，可以申請了嗎？", 290, 10, "300"),
])
def test_a_stated_total_is_a_check_of_the_counts(engine, question, cases, shortfall, total):
    a, call = _calculated(engine, question)
    assert call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is False and call.result["shortfall"] == shortfall
    assert any(total in u for u in a.unused), a.unused
    assert any(f"{cases}" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "cases", "eligible"), [
    ("定位 100、切片 120、引流 60、疼痛控制 30，專科 9 年夠嗎", 310, True),
    ("RFA 130、MWA 55，共 185 例，專科 10 年，消融指導老師夠嗎", 185, True),
    ("RFA 130, MWA 55, total 185 cases, specialist 10 years — ablation instructor ok?", 185, True),
])
def test_sub_kinds_sum_into_their_domain_and_an_agreeing_total_stands(engine, question, cases, eligible):
    a, call = _calculated(engine, question)
    assert call.args["cases_last_6_years"] == cases and call.result["eligible"] is eligible
    assert not a.unused


# ---------------------------------------------------------------- 3. counts that are not the asked domain's

@pytest.mark.parametrize(("question", "domain", "cases", "aside"), [
    ("RFA 150、TACE 80、切片 40，专科 11 年，消融指导老师够吗？", "ablation", 150, ["TACE 80", "切片 40"]),
    ("RFA 170, TACE 40, specialist 11 years — enough for the ablation instructor?", "ablation", 170, ["TACE 40"]),
    ("洗腎通路 PTA 70、出血栓塞 40，專科 10 年，血管介入指導老師夠嗎？", "vascular_intervention", 70, ["40"]),
])
def test_another_domains_technique_is_set_aside_and_said(engine, question, domain, cases, aside):
    a, call = _calculated(engine, question)
    assert (call.args["domain"], call.args["cases_last_6_years"]) == (domain, cases)
    for words in aside:
        assert any(words in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "words"), [
    ("PTA 50、IVC filter 20，專科 12 年，血管介入指導老師夠嗎？", "IVC filter 20"),
    ("PTA 70、下腔静脉滤器 20，专科 12 年，血管介入指导老师够吗？", "濾器 20"),
    ("PTA 40, IVC filters 10, specialist 12 years - vascular intervention instructor, enough?", "filters 10"),
    ("PTA 70、TIPS 10、IVC filter 25，專科 10 年，血管介入夠不夠？", "IVC filter 25"),
    ("PTA 85 and IVC filters 20, specialist 9 years: enough for the vascular intervention instructor?", "filters 20"),
])
def test_a_technique_no_clause_names_is_asked_never_added_or_dropped(engine, question, words):
    a = ask_and_reply(engine, question)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not a.tool_calls
    assert any(m.startswith("unplaced:") and words in m for m in a.missing), a.missing


def test_another_domains_technique_beside_one_no_clause_names(engine):
    a = ask_and_reply(engine, "洗腎通路 PTA 70、下腔靜脈濾網 20、出血栓塞的 25，專科 12 年，血管介入可以申請指導老師嗎")
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert [m for m in a.missing if m.startswith("unplaced:")] and all("25" not in m for m in a.missing), a.missing


# ---------------------------------------------------------------- 4. a figure and some with no unit after it

@pytest.mark.parametrize(("question", "domain", "cases", "eligible"), [
    ("TARE 講過 4 次（都是講者），個案兩百多，專科 6 年，腫瘤栓塞可以申請嗎？", "tumor_embolization", 200, True),
    ("我讲过3次消融（都是讲者），病例一百多，专科 7 年，消融能申请吗？", "ablation", 100, True),
    ("TACE 一百多例，專科 10 年，腫瘤栓塞可以申請嗎？", "tumor_embolization", 100, False),
])
def test_a_figure_and_some_gives_the_verdict_when_it_cannot_turn(engine, question, domain, cases, eligible):
    a, call = _calculated(engine, question)
    assert (call.args["domain"], call.args["cases_last_6_years"]) == (domain, cases)
    assert call.result["eligible"] is eligible
    assert any("約略" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "reply", "cases"), [
    ("RFA 一百多，專科 9 年，消融可以申請嗎？", "190 例", 190),
    ("PAE 一百多，專科 9 年，非腫瘤栓塞可以申請嗎？", "120", 120),
    ("消融的个案一百多，专科 9 年，能申请指导老师吗？", "150", 150),
])
def test_a_figure_and_some_is_asked_when_it_could_turn(engine, question, reply, cases):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify", (first.route, first.answer[:300])
    assert any(m.startswith("vague:") for m in first.missing), first.missing
    assert second.route == "calculator", (second.route, second.answer[:300])
    assert _only_call(second).args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "cases", "part"), [
    ("RFA 130、MWA 60，消融共 190 例，專科 10 年，消融指導老師夠嗎", 190, None),
    ("RFA 130，消融共 190 例，專科 10 年，消融指導老師夠嗎", 190, "RFA 130"),
    ("RFA 130、MWA 60，消融一共 190 例，专科 10 年，消融指导老师够吗", 190, None),
    ("RFA 130 and MWA 60, ablations 190 in total, specialist 10 years — ablation instructor ok?", 190, None),
    ("RFA 120, ablations 190 in total, specialist 10 years — ablation instructor ok?", 190, "RFA 120"),
    ("PTCD 100，引流總共 180 例，切片 130，專科 10 年，定位切片引流指導老師夠嗎？", 310, "PTCD 100"),
])
def test_a_domains_own_total_after_its_counts_is_never_one_more_count(engine, question, cases, part):
    a, call = _calculated(engine, question)
    assert call.args["cases_last_6_years"] == cases
    if part:
        assert any(part in u for u in a.unused), a.unused
