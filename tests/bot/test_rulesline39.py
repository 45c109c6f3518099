"""Round 39 (rules line helper): yes / no lines that answer the polarity asked, "only X, or also Y?" answered both, and
the clause asked ranked first.

1. A restriction the person says they do not meet, in one run of words ("我是第三作者也不是上台發表的人" against
   限第一作者或發表者): the negation governs what follows it (上台), what comes before it is stated (第三作者) → 不可以; the
   口頭報告's third author is no presenter (報告的 before 作者 names the talk). Near misses: "上台的也是我" meets it.
2. "Both?" of two credited activities (出國開會的 30 分 and the talk given there) met by the clause granting exactly those
   two items together ("第四款與第六款可重複得分") → 可以, the line stating it. Near misses: the same paper at two
   societies (不得重複申請) stays 不可以; two activities the grant does not name get no 可以.
3. A duty asked in the passive ("Is she required / obliged to attend …?") reads its predicate, so an all-A grade table
   whose A row asks nothing answers No. Near miss: a B asks it → Yes.
4. "Only X, or also Y?" (只看…嗎？還是也會…, …就好，還是也會…, just X or also Y) met by the best hit or a clause over it
   whose items hold X and Y → 會 / Yes, both, and the two items. 現場測 is the 實地測試. Near misses: a heading over a
   weaker hit of another subject is no answer; "只看積分嗎？" alone asks nothing of both.
5. A period's cap asked ("一年最多能算多少", "at most in a year") with a count of one's own said vaguely ("我今年發了好幾篇"):
   好幾篇 asks no unit, and the cap clause (5.8's 60) answers, not the per-paper figures.
6. A patient's surgery listed with the follow-up's other acts ("recall imaging, diagnosis, surgery") names no surgical
   society, and a screening category (cat 0/3/4/5) names the mammography rules.
7. The whole a parts question names ("機構本身的評等，是看哪些項目") ranks the clause holding it over 一、審查項目.
8. The re-read row that only advises (甲、…建議) ranks first when the advice or the mildest tier is asked.

Phrasings written for this test, besides the one development question of each class.
"""

from __future__ import annotations

import pytest

from bot.question_shapes import ASKED_UNIT_ZH
from bot.rules_answer import _asked_unit, _stated_values, combination_ruling
from evals.first_line import first_line
from knowledge.corpus import load_corpus
from knowledge.lookup import doc_hints
from tests.bot.first_line_support import supported

CORPUS = load_corpus()


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. a restriction the person denies in one run of words ──

NOT_MET = [
    ("我在年會有一篇 poster 但我是第三作者也不是上台發表的人，這樣可以申請積分嗎", "不可以"),
    ("我是那篇口头报告的第三作者，不是我上台讲的，这样能拿学分吗？", "不可以"),
    ("上台報告的不是我，我是第二作者，可以申請積分嗎", "不可以"),
    ("壁报我是二作而且不是我去贴的，这样能申请学分吗", "不可以"),
    ("I'm the third author on a poster and someone else presented it. Can I claim the credits?", "No"),
]


@pytest.mark.parametrize(("question", "lead"), NOT_MET)
def test_restriction_denied_in_one_run_is_no(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/5.6", (line, ids)
    assert line.startswith(lead), line
    assert supported(line, ids), line


@pytest.mark.parametrize(("text", "stated", "denied"), [
    ("我是第三作者也不是上台發表的人", {"other"}, {"presenter"}),
    ("我是那篇口頭報告的第三作者", {"other"}, set()),
    ("上台的不是我", set(), {"presenter"}),
    ("上台報告的不是我", set(), {"presenter"}),
    ("我是第一作者但沒有上台", {"first"}, {"presenter"}),
    # near misses: a denial at the start governs the whole run; a value stated after the person is theirs
    ("不是我上台講的", set(), {"presenter"}),
    ("我是第二作者，上台的也是我", {"other", "presenter"}, set()),
])
def test_denial_governs_what_follows_it(text: str, stated: set[str], denied: set[str]) -> None:
    assert _stated_values(text) == (stated, denied)


def test_presenter_met_is_no_refusal(ask) -> None:
    line = first_line(ask("我是第二作者，上台的也是我，poster可以申請積分嗎").answer)
    assert not line.startswith("不"), line


# ── 2. both of two activities, met by the grant naming both ──

BOTH = [
    "在国外外科年会做了口头报告，出国开会那30分跟发表论文的分可以两个都拿吗？",
    "去國外開會又上台口頭報告，兩邊的積分都能拿嗎",
    "出國參加國際研討會有發表壁報，參加的分跟壁報的分可以一起算嗎？",
]


@pytest.mark.parametrize("question", BOTH)
def test_both_met_by_the_grant_of_both(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/5.6", (line, ids)
    assert line.startswith("可以") and "重複得分" in line, line
    assert supported(line, ids), line


@pytest.mark.parametrize(("question", "found"), [
    ("出國開會那30分跟口頭報告的分可以兩個都拿嗎？", True),
    # near misses: two activities the grant does not name together; one activity; no "both" asked
    ("月會演講跟年會發表論文的分可以兩個都拿嗎？", False),
    ("發表論文的分可以兩篇都拿嗎？", False),
    ("出國開會有發表論文，可以申請積分嗎？", False),
])
def test_combination_ruling_names_exactly_the_pair(question: str, found: bool) -> None:
    assert (combination_ruling(question, CORPUS.get("tsa-cme/5.6")) is not None) is found


def test_same_paper_twice_stays_refused(ask) -> None:
    a = ask("同一篇文章在國內兩個學會發表，可以兩邊都申請嗎？")
    line, ids = _line_and_ids(a)
    assert ids[0] == "tsa-cme/6" and line.startswith("不可以"), (line, ids)


def test_pair_the_grant_does_not_name_gets_no_yes(ask) -> None:
    # (round 40: two activities at two different meetings are two items, each credited on its own — a 可以 that says so,
    # never one resting on the grant of another pair, 第四款與第六款可重複得分)
    line = first_line(ask("月會演講跟年會發表論文的分可以兩個都拿嗎？").answer)
    assert "重複得分" not in line and "視您的數字而定" not in line, line


# ── 3. a duty asked in the passive, all A ──

ALL_A = [
    ("Our tech got A on both the self-selected and sampled image evaluations. Is she required to attend any training or seminar?",
     "No"),
    ("Our radiographer scored A on every item. Is she obliged to go to the QC meeting?", "No"),
    ("放射師自選片跟抽選片都拿A，還需要去上品管討論會或訓練嗎？", "不需要"),
    ("放射师两项都是A等，还要参加乳摄训练吗？", "不需要"),
    # near miss: a B asks it
    ("Our radiographer got a B on the sampled images. Is she required to attend the QC meeting?", "Yes"),
]


@pytest.mark.parametrize(("question", "lead"), ALL_A)
def test_duty_in_the_passive_read_against_the_grade(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "hpa-mammo/2.1.2.2.2", (line, ids)
    assert line.startswith(lead), line
    assert supported(line, ids), line


# ── 4. only X, or also Y ──

ONLY_OR_ALSO = [
    ("判讀醫師的審查標準只看積分跟經驗嗎？還是也會評複判的差異", "hpa-mammo/2.1.1", "會", "複判差異"),
    ("判读医师只审继续教育和工作经验吗？还是连复判差异也会评？", "hpa-mammo/2.1.1", "會", "複判差異"),
    ("放射師的審查只看繼續教育跟經驗嗎？還是也會看影像評等？", "hpa-mammo/2.1.2", "會", "臨床影像"),
    ("Do they only check the reading physicians' CME and experience, or also their re-read discrepancy?", "hpa-mammo/2.1.1",
     "Yes", "re-read"),
    ("想問機器那部分，後續審查是只有書審（交報告）就好，還是也會有人到現場測？", "hpa-mammo/1.2", "會", "實地測試"),
    ("後續審查只看機器的書面報告就好了嗎？還是現場也會測？", "hpa-mammo/1.2", "會", "實地測試"),
    ("机器的后续审查只交书面报告吗，还是也会派人来现场测试？", "hpa-mammo/1.2", "會", "實地測試"),
    ("機器的部分交書面資料就好，還是也會有人來現場檢查？", "hpa-mammo/1.2", "會", "實地測試"),
    ("For the equipment part of the follow-up review, is it just a paperwork check, or do they also come and test the unit "
     "on site?", "hpa-mammo/1.2", "Yes", "on-site"),
]


@pytest.mark.parametrize(("question", "gold", "lead", "named"), ONLY_OR_ALSO)
def test_only_or_also_answered_both(ask, question: str, gold: str, lead: str, named: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == gold, (line, ids)
    assert line.startswith(lead) and named in line, line
    assert supported(line, ids), line


@pytest.mark.parametrize("question", [
    "交報告就夠了嗎？還是也要參加座談會？",  # (met first by a re-read row: the credits article over a weaker hit is no answer)
    "判讀醫師只看積分嗎？",
    "後續審查是書審還是實地測試？",
])
def test_no_both_without_only_and_also_of_one_heading(ask, question: str) -> None:
    line = first_line(ask(question).answer)
    assert "兩者都" not in line and "both" not in line, line


# ── 5. a period's cap, with a vague count of one's own ──

CAP = [
    "论文学分一年最多能算多少？我今年发了好几篇",
    "SCI論文一年最多可以拿幾分？我今年有好幾篇",
    "一年論文積分上限是多少，我這幾篇都是一作",
    "How many credits can papers earn in a year at most? I published several this year.",
]


@pytest.mark.parametrize("question", CAP)
def test_period_cap_answered_by_the_cap(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/5.8" and "60" in line, (line, ids)
    assert supported(line, ids), line


def test_other_cap_still_its_own(ask) -> None:
    a = ask("参加外院的研讨会一年最多可以拿几分？")
    line, ids = _line_and_ids(a)
    assert ids[0] == "tsa-cme/5.12" and "30" in line, (line, ids)


def test_limit_checked_against_asks_no_cap(ask) -> None:
    # (near miss: one's own count checked against the limit asks how it is judged, not the cap)
    a = ask("how does HPA decide whether our annual screening mammo count is over the limit? what do they base it on")
    line, ids = _line_and_ids(a)
    assert ids[0] == "hpa-mammo/1.1.2" and "day" in line, (line, ids)


@pytest.mark.parametrize(("question", "unit"), [
    ("我今年發了好幾篇", None),
    ("這幾篇算嗎", None),
    ("那幾張片要重拍嗎", None),
    # near misses: a unit asked
    ("自選片要交幾張", "張"),
    ("一年最多算幾篇", "篇"),
    ("可以拿多少分", "分"),
])
def test_vague_count_asks_no_unit(question: str, unit: str | None) -> None:
    assert _asked_unit(question) == unit, ASKED_UNIT_ZH.search(question)


# ── 6. a patient's surgery, a screening category ──

@pytest.mark.parametrize(("question", "docs"), [
    ("what counts as a 'completed' follow-up for a cat 0/3/4/5 case - recall imaging, diagnosis, surgery?", ["hpa-mammo"]),
    ("Which outcomes close a suspected-positive case: re-exam, diagnosis or surgery?", []),
    ("Does a patient referred for surgery count as completed follow-up?", []),
    ("Is biopsy or surgery needed for a category 4 case to be closed?", ["hpa-mammo"]),
    ("category 3 的個案要幾個月內複檢", ["hpa-mammo"]),
    # near misses: the surgical society named
    ("How many credits for a surgery CME course?", ["tsa-cme"]),
    ("TSA surgery credits for diagnosis workshops", ["tsa-cme"]),
    ("which category does a workshop fall under?", []),
])
def test_patient_surgery_and_category_hints(question: str, docs: list[str]) -> None:
    assert doc_hints(question) == docs


FOLLOW_UP = [
    "what counts as a 'completed' follow-up for a cat 0/3/4/5 case - recall imaging, diagnosis, surgery?",
    "Which outcomes close a suspected-positive case: re-exam, diagnosis or surgery?",
    "Does a cat 4 case count as followed up once she has had a diagnosis or surgery elsewhere?",
    "For follow-up completion, which results count for a category 0, 3, 4 or 5 woman — a re-exam, a diagnosis or surgery?",
]


@pytest.mark.parametrize("question", FOLLOW_UP)
def test_follow_up_acts_rank_the_follow_up_rule(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and "hpa-mammo/2.5.3" in a.retrieved[:3], (first_line(a.answer), a.retrieved)
    assert all(c.id.startswith("hpa-mammo/") for c in a.citations), [c.id for c in a.citations]


# ── 7. the whole a parts question names ──

@pytest.mark.parametrize(("question", "gold"), [
    ("後續審查對「機構」本身的評等，是看哪些項目？", "hpa-mammo/2.3"),
    ("醫院層級的評等是看哪些項目？", "hpa-mammo/2.3"),
    ("医疗机构的评等主要看哪些？", "hpa-mammo/2.3"),
    ("医院自己的评等看哪几项？", "hpa-mammo/2.3"),
    # near misses: the review's own items; another subject's grading
    ("後續審查是看哪些項目？", "hpa-mammo/1"),
    ("放射師的評等是看哪些項目？", "hpa-mammo/2.1.2.2"),
])
def test_whole_named_ranks_first(ask, question: str, gold: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and a.retrieved[0] == gold, (first_line(a.answer), a.retrieved)


# ── 8. the row that only advises ──

@pytest.mark.parametrize(("question", "gold"), [
    ("what's the mildest tier for reader re-read discrepancy, the range where they only *suggest* going to the case "
     "conference?", "hpa-mammo/2.1.1.2.1"),
    ("At what re-read discrepancy is the reader only advised to attend the seminar?", "hpa-mammo/2.1.1.2.1"),
    ("複判差異最輕的那一級是多少？", "hpa-mammo/2.1.1.2.1"),
    ("复判差异到多少只是建议参加座谈会？", "hpa-mammo/2.1.1.2.1"),
    # near miss: a band stated
    ("複判差異超過 60% 會怎樣？", "hpa-mammo/2.1.1.2.3"),
])
def test_advised_row_ranks_first(ask, question: str, gold: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and a.retrieved[0] == gold, (first_line(a.answer), a.retrieved)
    assert supported(first_line(a.answer), [c.id for c in a.citations]), first_line(a.answer)
