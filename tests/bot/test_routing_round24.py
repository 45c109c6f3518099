"""Routing and scope, round 24 (phrasings of our own, not the eval questions').

Out of scope, never answered with our rules (SPEC §3):
- a clinical choice with a when said between the two managements ("biopsy now or short-interval follow-up", "core biopsy
  first or observation") or one side said as going straight to an examination ("or straight to MRI", "還是直接做 MRI");
- the asker saying outright that the question is a clinical one ("asking clinically", "clinically speaking");
- the radiology board's own certificate renewed with its cycle said between ("放射線專科醫師證書六年展延", "每6年換證") — not the
  TSIR instructor certificate, which counts radiology education points.
Still ours:
- the radiology certificate's years as the instructor rule's seniority, the instructor certificate renewed with radiology points;
- the patient's examination counted in our follow-up completion;
- the training a grade C of the image evaluation sends a radiographer to (二(一)2), even where the topic classifier leans to
  a residency's training.

The rule's, not a calculation (routing by what is asked):
- two cases of a rule compared with "different from" / "differ from" ("is a 1-day meeting different from a 2-day one");
- a figure's band asked, then another figure put bare beside it ("360 分是幾等？340 呢", "what grade is 361? and 345?"): the
  rule's table looked up twice, one rules answer — not two parts, nor a clarify asking for the other set.
- the exemption asked with only its basis, "enough" said of the exemption itself ("enough to skip the case log", "夠免附個案數嗎"):
  the rule's condition, quoted — not the eligibility calculation asking for the case count.
Still computed: one's own two sets, one's own meetings counted, an exemption asked beside one's whole case.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import neighbour_kind

TODAY = datetime.date(2026, 12, 3)


def _marker(question: str) -> str | None:
    return neighbour_kind(Query(question, TODAY), topic=False)


@pytest.mark.parametrize("question", [
    "Category 4B finding on the screening mammogram, 61-year-old — core biopsy first or short-interval follow-up?",
    "Is excision now or observation the better path for this BI-RADS 3 lesion?",
    "BI-RADS 4 nodule — vacuum-assisted biopsy, or straight to MRI?",
    "for the 7 mm mass, 6-month ultrasound or go directly to a biopsy?",
    "BI-RADS 4A 的病灶，要追蹤還是直接切片？",
    "这个4A病灶是继续追踪还是直接做MRI",
    "鈣化點 BI-RADS 4B，先觀察還是馬上開刀",
])
def test_a_management_choice_with_a_when_or_a_straight_to_is_clinical(question: str) -> None:
    assert _marker(question) == "clinical"


@pytest.mark.parametrize("question", [
    "Purely asking clinically: BI-RADS 3 in a 45-year-old, is short-term follow-up enough?",
    "clinically speaking, a category 3 lesion: repeat imaging at 6 months or biopsy now?",
    "this is a clinical question, not about the screening review: 4A lesion in a dense breast, what next?",
])
def test_a_question_said_to_be_clinical_is_clinical(question: str) -> None:
    assert _marker(question) == "clinical"


@pytest.mark.parametrize("question", [
    "放射線專科醫師證書每六年換證要幾分？",
    "放射科專科醫師證書6年後展延需要什麼",
    "放射线专科医师证书六年展延要多少学分",
    "放射線專科醫師證書到期要更新，要準備什麼？",
])
def test_the_radiology_board_certificate_renewed_is_another_certificate(question: str) -> None:
    assert _marker(question) == "other_certificate"


@pytest.mark.parametrize("question", [
    "我有放射線專科醫師證書八年了，可以申請指導老師嗎",
    "放射線專科醫師證書滿六年要換指導老師證嗎",
    "指導老師證書六年展延要多少放射線專科醫師教育積分",
    "Category 4 follow-up: how many days do we have to finish the recall for the completion rate?",
    "疑似陽性個案追蹤，是要超音波還是直接切片才算完成追蹤？",
])
def test_our_own_subjects_beside_those_words_stay_ours(question: str) -> None:
    assert _marker(question) is None


@pytest.mark.parametrize("question", [
    "BI-RADS 4A on a 58-year-old, 9 mm: biopsy now or short-interval follow-up?",
    "放射線專科醫師證書六年展延要幾分？",
])
def test_neighbours_are_refused_by_the_engine(ask, question: str) -> None:
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize(("question", "expected"), [
    ("我被抽了四组片子：322、319、330、316，平均几等？要去受训40小时吗", None),
    ("抽片平均 316 分是幾等？是不是要去受訓 40 小時", None),
    ("my sampled films averaged 321, which grade, and is the 40-hour training required?", None),
    ("住院醫師的訓練要幾年？", "training"),
    ("how long is radiology residency training here?", "training"),
])
def test_a_training_lean_yields_to_our_image_grade(monkeypatch, question: str, expected: str | None) -> None:
    import bot.scope_model as sm

    monkeypatch.setattr(sm, "has_hint", lambda text: True)
    monkeypatch.setattr(sm, "topic_neighbour", lambda text, cache_dir=None: ("training", 0.01))
    assert neighbour_kind(Query(question, TODAY)) == expected


def test_the_grade_c_training_asked_beside_our_grade_is_ours(ask) -> None:
    answer = ask("抽的片子五组平均320，几等？要不要去上40小时的训练课")
    assert answer.route != "out_of_scope", answer.answer[:200]


def _decision(question: str):
    return decide_calculation(Query(question, TODAY))


@pytest.mark.parametrize("question", [
    "going to a surgical society's annual meeting — how many points, and does a one-day meeting differ from a two-day one?",
    "what do I get for a 3-hour seminar, and is that different from a 1-hour one?",
    "how much is a half-day workshop worth, and is a full-day one any different than a half-day one?",
])
def test_two_cases_compared_with_different_from_are_the_rule(question: str) -> None:
    assert _decision(question) is None


@pytest.mark.parametrize("question", [
    "放射師自選片 362 分是幾等？345 呢？",
    "抽選片平均 352 分是幾等？那 338 呢",
    "抽选片平均331分是几等？那318呢",
    "self-selected score 361, what grade is that? and 345?",
    "追蹤完成率 72% 扣幾趴？68% 的話呢？",
])
def test_a_second_figure_put_bare_beside_a_band_asked_is_the_rule(question: str) -> None:
    assert _decision(question) is None


@pytest.mark.parametrize("question", [
    "I attended a 2-day annual meeting and a 1-day one this year, how many points in total?",
    "我自選片兩組 360、340，幾等？",
    "我的自選片一組 362 分，另一組 345 分，幾等？",
])
def test_ones_own_case_is_still_computed(question: str) -> None:
    d = _decision(question)
    assert d is not None and d.route == "calculator"


def test_a_band_looked_up_twice_is_one_rules_answer(ask) -> None:
    answer = ask("放射師自選片 362 分是幾等？345 呢？")
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.parts and not answer.tool_calls
    first = answer.answer.splitlines()[0]
    assert "A" in first and "B" in first, first


@pytest.mark.parametrize("question", [
    "gave 2 invited talks on ablation at overseas IR meetings — is that enough to waive the case numbers for the ablation instructor?",
    "moderated 4 embolization sessions at international meetings, enough for me to skip the case counts?",
    "在國外介入年會演講過 2 次，夠免附個案數嗎？",
    "在国际会议当过3次座长，够不够免附病例数？",
])
def test_enough_said_of_the_exemption_is_the_rule(question: str) -> None:
    assert _decision(question) is None


def test_an_exemption_beside_ones_whole_case_is_still_computed() -> None:
    d = _decision("栓塞 50 例、專科 11 年、SCI 一作 1 篇、演講 2 次，夠嗎？能免附個案嗎")
    assert d is not None and d.extraction.tool == "tsir_instructor_eligibility"


@pytest.mark.parametrize("question", [
    "one of our docs had a positive re-read discrepancy of 48%. what now?",
    "one of my drs came back with a 19% negative discrepancy — what's required of her?",
])
def test_one_of_our_docs_is_the_person_not_a_count(ask, question: str) -> None:
    answer = ask(question)
    assert answer.route != "clarify" or not any("1 of" in m or "one of" in m for m in answer.missing), answer.answer[:200]
    assert "1 of our" not in answer.answer.splitlines()[0] and "1 of my" not in answer.answer.splitlines()[0]
