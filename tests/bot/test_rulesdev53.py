"""Round 53 (rules first line): five classes behind the development failures, each with phrasings written for this test
and near misses beside it (the cases are in evals/cases/rulesdev53_rules.yaml).

1. A period to put things right asked ("會先給改善期限嗎", "is there a grace period to fix it?") met by "本署將要求限期改善" /
   "須於該會規定時間內完成改善，若未於…改善者，該儀器不得用於…": yes (the bar is what follows the period's end — it was read as
   不會). Near misses: the period said to be over, another extension asked, and the use asked after a missed deadline.
2. Whether something is graded at all ("會打A到D的等級嗎", "are there grading standards for the unit itself?"): yes, from the
   clause setting the scale (it was 不會 from the D row's 不得). Near misses: a grade said in a condition, a grade stated as the
   case, a comparison of two groups' grading, how the grades are taken (each unit separately).
3. A seal in place of one's signature (印章 / 用印 / 盖章) is the text's 蓋章 (第八條). Near miss: an officer's seal (蓋職章).
4. Wh-words naming what a record holds, listed with 、 / 跟 / 和 and no 的 ("附機器用幾年、預計哪年報廢跟搬家紀錄"): a yes / no
   on the record, answered by the list item naming it (not a duty clause sharing only 紀錄). Near miss: "要交幾份紀錄" asks none.
5. Someone else presenting, said across a space after an English word ("學弟貼poster 我掛第二作者"): the presenter family is
   denied — 不可以. Near misses: the person put the poster up; nothing said of the presenting.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, asks_graded, grace_given, rule_not_met
from evals.first_line import first_line
from knowledge.lexical import intent_terms
from knowledge.textnorm import fold

FDA_TEXT = ("(2) 未具備美國 FDA 核可之數位乳房 X 光攝影儀，其品質保證作業之執行須同時符合…標準，未符合儀器本署將要求限期改善，"
            "未於期限內改善之儀器，不得用於本署預防保健婦女乳房 X 光攝影檢查")
AEC_TEXT = ("(1) 接獲行政院原子能委員會…品保檢查結果未合格之通知時，須於該會規定時間內完成改善，若未於該會規定時間內改善者，"
            "該儀器不得用於預防保健婦女乳房 X 光攝影檢查")


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. a period given first ──

@pytest.mark.parametrize("question", [
    "非FDA的機器品保沒過，國健署會先給改善期限嗎",
    "原能会品保检查没过的话，会先给一段时间改善吗",
    "品保檢查不合格，有沒有改善的期限？",
    "is there a grace period to fix it before the unit is barred?",
    "will they give us time to fix the unit first?",
])
def test_grace_asked_and_given(question: str) -> None:
    assert grace_given(fold(question), fold(FDA_TEXT))
    assert grace_given(fold(question), fold(AEC_TEXT))


@pytest.mark.parametrize("question", [
    "原能會給的改善期限過了還沒改善，機器還能用嗎",  # the use is asked, and the period is over
    "改善期限都過了，還會再給一次改善期限嗎",  # a second period
    "can we get an extension of the deadline to fix it?",
    "逾期沒改善，會先給改善期限嗎",  # a missed deadline stated
    "品保沒過，那台機器還能繼續用嗎",  # no period asked
])
def test_grace_near_misses(question: str) -> None:
    assert not grace_given(fold(question), fold(AEC_TEXT))


def test_grace_needs_a_period_in_the_text() -> None:
    assert not grace_given(fold("會先給改善期限嗎"), fold("任一項 D 等：未符合標準，不得用於本署預防保健婦女乳房 X 光攝影檢查"))


GRACE_LINES = [
    ("非FDA核可的數位乳攝儀品保沒過，國健署會先給改善期限嗎", "會", "hpa-mammo/2.2.2.2"),
    ("原能會品保檢查不合格的話，會先給時間改善嗎？還是馬上停用", "會", "hpa-mammo/2.2.2.1"),
    ("Is there a grace period to fix an AEC QA failure before the unit is barred?", "Yes", "hpa-mammo/2.2.2.1"),
    ("原能會給的改善期限都過了還沒改好，那台還能拍嗎", "不可以", "hpa-mammo/2.2.2.1"),
]


@pytest.mark.parametrize(("question", "lead", "gold"), GRACE_LINES)
def test_grace_lines(ask, question: str, lead: str, gold: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == gold, (line, ids)
    assert line.startswith(lead), line


# ── 2. graded at all ──

@pytest.mark.parametrize("question", [
    "乳攝儀實地測試的項目會打A到D的等級嗎？打完有什麼配套",
    "實地測試那些項目會評等級嗎",
    "实地测试做完会给机器打等级吗",
    "are there grading standards for the mammo machine itself, not just the staff?",
    "Do the on-site QC tests get graded?",
])
def test_graded_asked(question: str) -> None:
    assert asks_graded(question)


@pytest.mark.parametrize("question", [
    "如果醫院整體評等不好看，審查那邊有沒有配套的輔導措施？",  # the grade is the condition; the measures are asked
    "評了D等還可以繼續用嗎",  # a grade stated as the case
    "do van radiographers follow a different grading & remedial scheme than hospital-based techs?",  # a comparison
    "車上放射師的評等方式跟院內放射師不同嗎",
    "is each unit graded separately?",  # how the grades are taken
])
def test_graded_near_misses(question: str) -> None:
    assert not asks_graded(question)


GRADED_LINES = [
    ("乳攝儀實地測試的項目會打A到D的等級嗎？打完有什麼配套", "會", "hpa-mammo/2.2.1"),
    ("are there grading standards for the mammo machine itself, not just the staff?", "Yes", "hpa-mammo/2.2"),
    ("Is the mammography unit graded after the on-site test?", "Yes", "hpa-mammo/2.2.1"),
]


@pytest.mark.xfail(reason="the graded lead is switched off in direct_line: round 53's merge check found it leading questions "
                          "on announcements, comparisons and notes (cv-hpa-071, fq-hpa-086, rr36-015)", strict=False)
@pytest.mark.parametrize(("question", "lead", "gold"), GRADED_LINES)
def test_graded_lines(ask, question: str, lead: str, gold: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0].startswith(gold), (line, ids)
    assert line.startswith(lead), line
    assert not line.startswith(("不", "No")), line


def test_comparison_of_grading_stays_a_no(ask) -> None:
    line, ids = _line_and_ids(ask("do van radiographers follow a different grading & remedial scheme for their sampled "
                                  "images than hospital-based techs?"))
    assert ids[0] == "hpa-mammo/2.4.3", (line, ids)
    assert line.startswith("No"), line


# ── 3. a seal ──

@pytest.mark.parametrize("question", ["簽到單可以用印章蓋嗎", "可以蓋個章就好嗎", "用印可以嗎", "出席签名单可以盖章吗"])
def test_seal_is_the_texts_stamp(question: str) -> None:
    assert "蓋章" in intent_terms(fold(question))


def test_officers_seal_is_its_own_term() -> None:
    assert "蓋章" not in intent_terms(fold("外科部主任蓋職章的話可以免收費嗎"))


@pytest.mark.parametrize("question", ["簽到單可以用印章蓋嗎?或是請學弟幫我簽 我晚點到", "簽到表可以蓋印章代替簽名嗎",
                                      "簽到用印章蓋一下可以嗎？還是找學弟代簽"])
def test_seal_is_refused(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsa-cme/8", (line, ids)
    assert line.startswith("不可以"), line


# ── 4. wh-words naming a record ──

@pytest.mark.parametrize("question", [
    "書面那部分是不是還要附機器用幾年、預計哪年報廢跟搬家紀錄？我們去年從舊大樓搬過來",
    "書面考核是不是要附機器用幾年跟搬家紀錄",
    "书面考核是不是还要交机器用了几年、哪年报废和搬迁记录",
])
def test_record_listed_is_a_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_count_of_records_is_no_yes_no() -> None:
    assert answer_kind("書面考核要附幾份品保紀錄") != "yes_no"


def test_record_item_answers(ask) -> None:
    line, ids = _line_and_ids(ask("書面考核是不是要附機器用幾年跟搬家紀錄"))
    assert ids[0] == "hpa-mammo/1.2.2.2", (line, ids)
    assert line.startswith("是") and "使用年限" in line, line


# ── 5. someone else presenting ──

RULE = "六、在國內、外…發表論文演講或壁報,限第一作者或發表者,每篇給積分 10 分"


@pytest.mark.parametrize("question", ["poster是學妹貼的 我是第三作者 可以申請積分嗎",
                                      "my junior put up the poster and I'm second author, can I claim the credits?"])
def test_presenter_someone_else(question: str) -> None:
    assert rule_not_met(RULE, question)


@pytest.mark.parametrize("question", ["我掛第二作者，poster是我自己去貼的，可以申請嗎", "我是第二作者，可以申請壁報積分嗎？"])
def test_presenter_near_misses(question: str) -> None:
    assert not rule_not_met(RULE, question)
