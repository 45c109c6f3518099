"""Round 45, second pass (rules first line): alternative questions "A, or B?" answered by which alternative the clause
supports, and the surgical society's credits ranked above the IR instructor rules' points when the question names no
word of the instructor certificate.

1. A sufficiency put as the first alternative with no question particle ("…就夠了，還是…也要符合？", "…即可，還是…",
   "就行了，还是…"): read as "is X enough?" — met by "須同時符合…及…": 不夠 (both). Near miss: the case the rule is not
   for (an FDA-approved unit): no lead.
2. A duty asked against its absence ("obliged … or is it optional?", "obligated … or is that up to them?", "a duty … or
   voluntary?", "是義務還是自由？", "是义务还是自己决定？"): the clause's own 有義務 / 須 makes it required; in English,
   the duty asked first leads with Yes. Near miss: "optional or required?" (duty second): "Required", no Yes.
3. Two parties offered as the alternatives ("who applies — the organizer or the individual member?", "由主辦單位申請還是
   會員自己申請？", "does the host apply, or does each member?"): the clause naming both as its own alternatives (甲…或乙…)
   ranks first and the line says either. Near miss: a clause naming both with no 或 ("the instructor or the trainee?"
   met by 第三條): no "either".
4. Credits asked with no word of the IR instructor certificate ("what happens to the credits for a non-SCI case report?"):
   the surgical society's item (tsa-cme/5.8, case reports half) first, not the IR rules' points (tsir-instructor/5.2).
   Near misses: the instructor renewal named (the IR rules stay first).

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from knowledge.agents import offered_parties

LEADS = ("Yes", "No", "Not ", "Either", "有", "沒有", "需要", "不需要", "可以", "不可以", "會", "不會", "不夠", "是", "不是",
         "兩者")


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. "X 就夠了，還是 Y 也要？" ──

ENOUGH_NO_PARTICLE = [
    "我们院那台数字乳腺机没有美国FDA认证，质保只要符合原能会的医疗曝露质保标准就够了，还是资格审查的程序书标准也要一起符合？",
    "我們那台數位乳攝沒有FDA核可，品保符合原能會的醫療曝露品保標準就可以了，還是程序書的標準也要一起符合？",
    "沒有FDA核可的數位機，只要照原能會的品保標準做即可，還是也得符合程序書？",
    "我们数字机没有FDA核可，质保照原能会标准做就行了，还是程序书也要符合？",
]


@pytest.mark.parametrize("question", ENOUGH_NO_PARTICLE)
def test_enough_without_particle_is_not_enough(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.2.1", (line, ids)
    assert line.startswith("不夠"), line


def test_enough_without_particle_for_an_approved_unit_gets_no_lead(ask) -> None:
    line, _ = _line_and_ids(ask("我們的機器有FDA核可，符合原能會的品保標準就夠了，還是也要符合程序書？"))
    assert not line.startswith(LEADS), line


# ── 2. a duty or its absence ──

DUTY_OR_OPTIONAL = [
    ("Are certified IR instructors actually obliged to take trainees who ask to observe their cases, or is it optional?",
     "Yes, required"),
    ("Is an instructor obligated to let trainees watch their procedures, or is that up to them?", "Yes, required"),
    ("Do instructors have a duty to sign trainees' case reports, or is it voluntary?", "Yes, required"),
    ("指導老師接受學員觀察病例是義務還是自由？", "是強制的"),
    ("指导老师收学员观察病例是义务还是看个人意愿自己决定？", "是強制的"),
]


@pytest.mark.parametrize(("question", "lead"), DUTY_OR_OPTIONAL)
def test_duty_or_optional_names_the_duty(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsir-instructor/3", (line, ids)
    assert line.startswith(lead), line


def test_optional_asked_first_gets_no_yes(ask) -> None:
    line, _ = _line_and_ids(ask("Is it optional or required for instructors to accept observing trainees?"))
    assert line.startswith("Required"), line


# ── 3. two parties offered ──

PARTIES = [
    ("For credits from an international meeting, who is supposed to apply to the surgical association — the organizer or "
     "the individual member?", "Either the organiser or the member"),
    ("國際會議的積分要由主辦單位申請還是會員自己申請？", "兩者皆可"),
    ("国际会议的学分是主办单位去申请，还是会员个人拿参加证明去申请？", "兩者皆可"),
    ("International congress credits: does the host apply for recognition, or does each member apply?",
     "Either the organiser or the member"),
]


@pytest.mark.parametrize(("question", "lead"), PARTIES)
def test_two_parties_offered_either(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsa-cme/5.4.n2", (line, ids)
    assert line.startswith(lead), line
    assert "主辦單位" in line and "會員" in line, line


def test_parties_the_clause_does_not_offer_as_alternatives_get_no_either(ask) -> None:
    line, _ = _line_and_ids(ask("Who signs the trainee's case report, the instructor or the trainee?"))
    assert not line.startswith(("Either", "兩者")), line


@pytest.mark.parametrize(("question", "parties"), [
    ("who applies — the organizer or the member?", ("organiser", "member")),
    ("要由主辦單位申請還是會員自己申請？", ("organiser", "member")),
    ("is it 5 or 10 credits?", None),
    ("does the society remind us, or do I apply myself?", None),
])
def test_offered_parties(question: str, parties) -> None:
    assert offered_parties(question) == parties


# ── 4. credits with no word of the IR certificate ──

SURGICAL_CREDITS = [
    "if my non-SCI paper is a case report rather than an original article, what happens to the credits I get for it?",
    "my non-SCI case report - how many credits is it worth compared to a full paper?",
    "如果我投的非SCI论文是病例报告，积分会怎样？",
    "非SCI的文章如果是病例报告，学分会打折吗？",
]


@pytest.mark.parametrize("question", SURGICAL_CREDITS)
def test_credits_without_the_ir_certificate_are_the_surgical_societys(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsa-cme/5.8", (line, ids)
    assert "half" in line or "減半" in line, line


IR_CREDITS = [
    "how many credits for a non-SCI case report toward my IR instructor renewal?",
    "介入性指導老師換證，non-SCI case report 算幾分？",
    "非SCI的文章，我是通讯作者，full article能抵多少学分？",  # (the IR rules' own 抵 and "full article")
    "国内e-poster发表能抵多少学分",
]


@pytest.mark.parametrize("question", IR_CREDITS)
def test_credits_for_the_ir_certificate_stay_the_ir_rules(ask, question: str) -> None:
    _, ids = _line_and_ids(ask(question))
    assert ids[0].startswith("tsir-instructor/"), ids
