"""Round 37 (rules asks helper): route by what is asked, lead with what is asked.

1. A rules question that carries a figure or the asker's own context is routed by what it asks, not by the figure:
   a. a duty the re-read band itself sets (the exam, the seminar) asked beside one's own reported rate ("came back at
      18% — does she have to sit the exam?", "我們醫師陰性 16%，還要考跑片嗎"): the band's clause, quoted — while a sanction
      asked so (停判 / stop reading) still turns on the facts not given and stays asked back;
   b. the field test's grade already said by its letter, with its cause ("有一項拿到 C，是操作人員造成的，負責醫師要做什麼"):
      what follows is the rule's (品管討論會) — no scores to ask for; a score given instead is still graded, and a grade said
      without its cause, the duty asked, still asks the cause;
   c. the rule's case count asked ("要做滿幾例", "需要多少例", "how many … cases do I need") beside "not sure mine is enough"
      with no count of one's own: the rule's figure — a count of one's own given beside it is still checked.
   The rule's band holding the stated rate leads the clauses (a sibling voted first by the other rankings is not lifted
   past it).
2. "Can I … or is it only X?" ("還是只限…", "还是只有…才算"): the restricting alternative names what the asker sets their own
   case against — a third author asking "or is it only the presenter / first author" is answered no; a case that may
   still meet the condition (a second author who presented, a first author) gets no no.
3. Who does it, asked as a choice of bodies ("是國健署自己派人來嗎 還是會有別的單位一起", "派誰來", "does HPA send its own
   people or does another agency come too"): the body the clause names leads.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from evals.first_line import first_line
from tests.bot.conftest import TODAY
from tests.bot.first_line_support import line_for


def _route(question: str) -> str:
    d = decide_calculation(Query(question, TODAY))
    return "rules" if d is None else d.route


# ── 1. routed by what is asked ──

ROUTES = [
    # a. the band's own duty beside one's own reported rate: the rule's
    ("Our reader's negatives came back at 18% on the re-read. Does she have to sit the film-reading exam?", "rules"),
    ("我們醫師陰性複判差異測出來 16%，還要考跑片嗎？", "rules"),
    ("我们医生阴性复判差异结果是19%，还要去考跑片吗？", "rules"),
    ("我们医院阴性复判差异 17%，还要考跑片吗？", "rules"),  # (test_routing_round12 asked it back before round 37)
    # … a sanction asked so turns on the previous review and the other side: asked back
    ("我們醫師陰性複判差異結果是 18%，要停判嗎？", "clarify"),
    ("Our reader's negative re-read discrepancy was 18%. Does she have to stop reading?", "clarify"),
    # … both sides given: computed
    ("Reader re-read discrepancy came back at 55% for suspected positives, negatives 5%. Does he have to pass the exam?",
     "calculator"),
    # b. the field test's grade said by its letter, its cause said: what follows is the rule's
    ("實地測試有一項拿到C等，確認是操作人員造成的，負責醫師要做什麼？", "rules"),
    ("实地测试有一项被评为C，是人为因素，负责放射师要干嘛？", "rules"),
    ("Field test: one item came back with a B, and it was operator error. What does the responsible physician have to do, "
     "and what if he doesn't go?", "rules"),
    # … a score instead of the grade: graded
    ("實地測試的假體影像分數 80 分，是人為因素，負責醫師要幹嘛？", "calculator"),
    # … the grade without its cause, the duty asked: the cause is asked for
    ("實地測試有一項B等，負責醫師一定要去上討論會嗎？", "clarify"),
    ("Our RT's field test: one item got a C. Does the responsible physician have to attend the QC meeting?", "clarify"),
    # c. the rule's case count asked, "not sure mine is enough" with no count of one's own: the rule's figure
    ("想當栓塞的指導老師，需要多少例？我年資夠了但不確定例數夠不夠", "rules"),
    ("申请肿瘤消融的指导老师要做满几例？不知道我的病例数够不够", "rules"),
    ("How many ablation cases do I need for the instructor certificate? My points are fine, not sure my case count is enough.",
     "rules"),
    # … a count of one's own beside it: checked (the rest asked for)
    ("消融做了150例，要做滿幾例？夠不夠", "clarify"),
]


@pytest.mark.parametrize(("question", "route"), ROUTES)
def test_routed_by_what_is_asked(question: str, route: str) -> None:
    assert _route(question) == route


# (question, the clause quoted first, the line starts with one of, words the line holds — all of them)
FIRST_LINES = [
    # 1a. the band holding the rate leads
    ("我們醫師陰性複判差異測出來 16%，還要考跑片嗎？", None, ("",), ("跑片考試",)),
    ("我们医生阴性复判差异结果是19%，还要去考跑片吗？", None, ("",), ("跑片考試",)),
    # 1b. the field test's measures row
    ("實地測試有一項拿到C等，確認是操作人員造成的，負責醫師要做什麼？", "hpa-mammo/2.2.1.2", ("",), ("品管討論會",)),
    ("实地测试有一项被评为C，是人为因素，负责放射师要干嘛？", "hpa-mammo/2.2.1.2", ("",), ("品管討論會",)),
    ("Field test: one item came back with a B, and it was operator error. What does the responsible physician have to do, "
     "and what if he doesn't go?", "hpa-mammo/2.2.1.2", ("",), ("QC meeting",)),
    # 1c. the rule's case count
    ("How many ablation cases do I need for the instructor certificate? My points are fine, not sure my case count is enough.",
     "tsir-instructor/2.6", ("",), ("180",)),
    ("申请肿瘤消融的指导老师要做满几例？不知道我的病例数够不够", "tsir-instructor/2.6", ("",), ("180",)),
    # 2. the restricting alternative names what the asker is not
    ("我是壁報的第三作者，可以申請積分嗎？還是只限發表者或第一作者？", "tsa-cme/5.6", ("不可以",), ("限第一作者或發表者",)),
    ("我是三作，壁报能申请积分吗？还是只有一作或者上台的人才算？", "tsa-cme/5.6", ("不可以",), ("限第一作者或發表者",)),
    ("I'm second author on an oral presentation at the surgical society meeting. can I claim it or is it only the first "
     "author / presenter?", "tsa-cme/5.6", ("No",), ("first author or presenter only",)),
    # 3. who, asked as a choice of bodies
    ("乳摄机实地测试那天是国健署自己派人来吗？还是会有别的单位一起来", "hpa-mammo/1.2", ("",), ("原子能委員會",)),
    ("乳攝儀現場測試會派誰來？", "hpa-mammo/1.2", ("",), ("原子能委員會",)),
    ("For the on-site test of the mammography unit, does the HPA send its own people or does another agency come too?",
     "hpa-mammo/1.2", ("",), ("Atomic Energy Council",)),
]


@pytest.mark.parametrize(("question", "first", "starts", "holds"), FIRST_LINES)
def test_first_line(ask, question: str, first: str | None, starts: tuple[str, ...], holds: tuple[str, ...]) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval" and (first is None or a.citations[0].id == first), (line, [c.id for c in a.citations])
    assert line.startswith(starts), line
    assert all(w in line for w in holds), line


# ── 2. the restricting alternative ──

@pytest.mark.parametrize(("question", "lang"), [
    ("我二作，口頭報告可以算積分嗎還是只有一作才算", "zh-TW"),  # a second author may still be the presenter
    ("我是第一作者，可以申請嗎？還是只限發表者？", "zh-TW"),  # the first author meets it
    ("I was second author on the talk but I presented it at the surgical society meeting. does it count or is it only the "
     "first author?", "en"),  # the presenter meets it
    ("I'm second author on an oral presentation at the surgical society meeting — can I claim it, or is it only the first "
     "author / presenter?", "en"),  # (asked as a choice: the condition stated, no yes)
])
def test_a_case_that_may_meet_the_condition_gets_no_no(question: str, lang: str) -> None:
    line = line_for(question, ["tsa-cme/5.6"], lang)
    assert not line.startswith(("不可以", "不行", "No")), line


def test_leave_is_asked_before_the_restricting_alternative() -> None:
    from bot.rules_answer import asks_permission

    assert asks_permission("I'm third author. can I claim it or is it only the presenter?")
    assert asks_permission("我二作，可以算嗎？還是只有一作才算")
    assert not asks_permission("it only counts if it's at a medical centre, right?")  # the requirement itself is asked


# ── 3. who, asked as a choice of bodies ──

@pytest.mark.parametrize(("question", "kind"), [
    ("乳攝儀現場測試會派誰來？", "who"),
    ("實地測試那天是國健署自己派人來嗎？還是會有其他單位？", "who"),
    ("Is it just HPA staff at the site visit, or does some other agency come along?", "who"),
    ("品管討論會要不要派人去上？", "yes_no"),  # sending one's own staff to a class: no body asked
    ("可以去別的單位進修嗎？", "yes_no"),  # training at another institution
])
def test_who_asked_as_a_choice_of_bodies(question: str, kind: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == kind
