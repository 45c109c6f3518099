"""Round 34, figures that are no input of the calculation — set aside visibly, the calculation going ahead (zh-TW, zh-CN,
English phrasings of our own):

1. A figure counting something no input of the tool takes — beds ("ICU 還有 32 床"), machines ("科裡 6 台 angio", "3 C-arms"),
   staff where no input counts people ("8 位主治"), a number naming an extension or a room ("分機 5123") — is in `unused`
   with its reason ("not_input"); decided by the tool's declared units and words, so a classifier an input takes keeps its
   reading ("RFA 做了 150 台" is 150 cases; "做了 50 台 angio" is asked, never set aside; a van's "3 位放射師" is read).
2. The count of another key of a map split by the key asked ("消融指導老師" beside "TACE 200 例", "TACE 兩百多例（這個應該
   不算吧）"): another domain's cases, in `unused` ("other_key"), never asked back — vague or exact; cryoablation is an
   ablation technique.
3. The person's approximate restatement of the result after the figures it is made of ("average is almost 360", "平均差不
   多 360", "加起來接近 300 分", "…，差不多 60%", "快到 180 例了"): their guess, set aside ("own_guess"); the calculation
   uses the listed figures. A figure of their own said roughly ("RFA 快到 180 例") is not one.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _call(answer, name):
    calls = [c for c in answer.tool_calls if c.name == name]
    assert calls, (answer.route, answer.missing, answer.answer[:300])
    return calls[0]


def _unused(answer, words):
    return [u for u in answer.unused if words in u]


# ---------------------------------------------------------------- 1. what no input takes: beds, machines, staff, names

@pytest.mark.parametrize(("question", "total", "words"), [
    ("病房今天 28 床全滿，累死。今年外科月會去了 6 次、年會 1 次，積分多少？", 180, "28"),
    ("我们科有 5 台机器，今年外科月会去了 3 次，年会 1 次，学分多少？", 120, "5"),
    ("Our ICU has 24 beds and I'm on call every third night. This year I attended 5 TSA monthly meetings and the annual "
     "meeting. How many credits?", 160, "24"),
    ("我們科 8 位主治，今年月會去了 5 次、年會 1 次，外科積分幾分？", 160, "8"),
    ("有事請打分機 5123。今年外科月會 3 次、年會 1 次，積分多少", 120, "5123"),
])
def test_a_count_no_input_takes_is_set_aside_and_the_tally_goes_ahead(ask, question, total, words):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert _unused(a, words), a.unused
    assert not any(m.startswith("unread:") for m in a.missing)


@pytest.mark.parametrize(("question", "cases", "words"), [
    ("科裡 3 台 DSA，最近六年 RFA 做了 150 台、MWA 40 台，專科 10 年，消融指導老師夠嗎？", 190, "3"),
    ("我们科里有 2 台 CT，近六年冷冻消融 30 例、RFA 160 例，专科 10 年，消融指导老师可以申请吗？", 190, "2"),
    ("We have 4 angio suites in the department. RFA 140 and MWA 50 in the past 6 years, specialist 9 yrs — ablation "
     "instructor?", 190, "4"),
    ("Our dept has 12 nurses and 3 C-arms. RFA 140 and MWA 50 in the past 6 years, specialist 9 yrs — ablation instructor?",
     190, "3 C-arms"),
])
def test_machines_a_department_has_are_no_cases(ask, question, cases, words):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["domain"] == "ablation" and args["cases_last_6_years"] == cases
    assert _unused(a, words), a.unused


def test_a_part_of_the_machines_is_no_case_either(ask):
    a = ask("介入科 5 台 angio 其中 1 台是我負責排程。專科 11 年，近六年 RFA 150 例、微波 40 例，消融指導老師可以嗎？")
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == 190
    assert len([u for u in a.unused if "不是計算的一部分" in u]) == 2, a.unused


@pytest.mark.parametrize("question", [
    "最近六年 RFA 做了 150 台，專科 10 年，消融指導老師夠嗎？",
    "最近六年 RFA 做了 150 台、MWA 30 台，专科 10 年，消融指导老师够吗？",
])
def test_a_classifier_an_input_takes_keeps_its_reading(ask, question):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] in (150, 180)
    assert not any("不是計算的一部分" in u for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "最近六年做了 50 台 angio，專科 10 年，血管介入指導老師夠嗎？",
    "最近六年打了 80 台 angio，专科 10 年，血管介入指导老师够吗？",
])
def test_a_machine_or_procedure_said_as_done_is_not_set_aside(ask, question):
    """"做了 50 台 angio": fifty angiograms, perhaps — never left out as machines; the count is asked."""
    a = ask(question)
    assert a.route == "clarify", (a.route, a.answer[:300])
    assert not any("不是計算的一部分" in u for u in a.unused), a.unused


def test_a_head_count_an_input_takes_is_still_read(ask):
    a = ask("上個月乳攝車有 3 位放射師，篩檢 1500 案，夠不夠？")
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert _call(a, "hpa_radiographer_volume").args["radiographers_on_van"] == 3


# ---------------------------------------------------------------- 2. another domain's count, exact or vague

@pytest.mark.parametrize(("question", "domain", "cases", "words"), [
    ("專科11年，近六年TACE 200例、RFA 190例，想申請消融指導老師，夠嗎？", "ablation", 190, "TACE"),
    ("专科 10 年，消融：RFA 150 例、MWA 40 例，另外 TACE 三百多例，消融指导老师够吗？", "ablation", 190, "TACE"),
    ("Specialist 10 years. Ablation instructor? RFA 190 cases in 6 years, TACE 250 too.", "ablation", 190, "TACE"),
    ("Ablation instructor? Board certified 11 yrs, RFA 130 + cryo 25 + MWA 30 in the last 6 years, plus 300-something "
     "TACEs (probably don't count).", "ablation", 185, "300"),
    ("腫瘤栓塞指導老師：專科 9 年，TACE 260 例，另外 RFA 一百多例，夠嗎？", "tumor_embolization", 260, "RFA"),
])
def test_another_domains_count_is_set_aside_not_asked(ask, question, domain, cases, words):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    args = _call(a, "tsir_instructor_eligibility").args
    assert args["domain"] == domain and args["cases_last_6_years"] == cases
    assert _unused(a, words), a.unused


@pytest.mark.parametrize(("question", "cases"), [
    ("專科 9 年，近六年冷凍消融 40 例、射頻燒灼 150 例，消融指導老師夠嗎？", 190),
    ("专科 9 年，近六年 cryo 35 例、RFA 150 例，消融指导老师够吗？", 185),
    ("specialist 9 yrs; in the last 6 years RFA 150 and cryoablation 30 — ablation instructor?", 180),
])
def test_cryoablation_is_an_ablation_technique(ask, question, cases):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == cases


# ---------------------------------------------------------------- 3. the person's approximate restatement of the result

@pytest.mark.parametrize(("question", "scores", "words"), [
    ("抽选片 4 组分数 365、358、351、362，平均差不多 360，能拿 A 吗？", [365, 358, 351, 362], "360"),
    ("抽選片 355、362、349，平均大概 355 左右，評等？", [355, 362, 349], "355"),
    ("Sampled sets for our tech: 362, 355, 370 and 351, so the average is nearly 360 — grade?", [362, 355, 370, 351], "360"),
])
def test_an_approximate_average_after_the_scores_is_their_guess(ask, question, scores, words):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "hpa_image_grade").args["scores"] == scores
    assert any(words in u for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "最近六年 RFA 120 例、MWA 45 例、cryo 12 例，快到 180 例了，專科 12 年，消融指導老師夠嗎？",
    "专科 12 年，近六年 RFA 120 例、MWA 45 例、冷冻消融 12 例，加起来将近 180 例，消融指导老师够吗？",
    "specialist 12 yrs, RFA 120, MWA 45 and cryo 12 in the last 6 years — that's almost 180, ablation instructor?",
])
def test_an_approximate_total_of_the_cases_is_their_guess(ask, question):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    call = _call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == 177 and call.result["shortfall"] == 3
    assert any("180" in u for u in a.unused), a.unused


@pytest.mark.parametrize(("question", "total"), [
    ("今年月會 10 次、年會 1 次、國際會議 2 次，加起來接近 300 分，對嗎？", 290),
    ("今年月会 10 次、年会 1 次、国际会议 2 次，总共差不多 300 分吧？", 290),
    ("This year: 10 monthly meetings, the annual meeting and 2 international congresses, nearly 300 credits in total?", 290),
])
def test_an_approximate_total_of_the_credits_is_their_guess(ask, question, total):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsa_credit_tally").result["total"] == total
    assert any("300" in u for u in a.unused), a.unused


def test_an_approximate_rate_after_its_counts_is_their_guess(ask):
    a = ask("疑似陽性 80 例，完成追蹤 47 例，差不多 60%，會扣多少？")
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    args = _call(a, "hpa_followup_deduction").args
    assert args["suspected_positive_cases"] == 80 and args["completed_cases"] == 47
    assert any("60" in u for u in a.unused), a.unused


def test_an_own_count_said_roughly_is_still_read(ask):
    """"RFA 快到 180 例": their RFA count, said roughly — read (with its note) or asked, never set aside as a guess."""
    a = ask("專科 10 年，講過 2 次，RFA 快到 180 例了，消融指導老師夠嗎？")
    assert not any("180" in u and ("猜測" in u or "guess" in u) for u in a.unused), a.unused


@pytest.mark.parametrize("question", [
    "專科 12 年，近六年 RFA 120 例、MWA 45 例，大概 12 例 cryo，消融指導老師夠嗎？",
    "专科 12 年，近六年 RFA 120 例、MWA 45 例，差不多 12 例冷冻消融，消融指导老师够吗？",
])
def test_a_rough_count_with_its_own_noun_after_the_list_is_read(ask, question):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing, a.answer[:300])
    assert _call(a, "tsir_instructor_eligibility").args["cases_last_6_years"] == 177
    assert not any("12" in u and ("猜測" in u or "guess" in u) for u in a.unused), a.unused
