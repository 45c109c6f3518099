"""Round 46 (rules first line): the lead and the clause it is from.

1. An English word before a Chinese count noun ("case數", "case量") is the person's word for a count, never the
   regulation's own literal (5.1's "case report"): the clause waiving the case counts answers. Near miss: "case report"
   itself still names 5.1.
2. A marking verb done with a tool ("要用筆圈起來", "要拿螢光筆畫") is what is asked be done; the sibling item stating what
   to circle answers even when other articles' items rank between it and the best hit. Near miss: "要附什麼" keeps 附.
3. What a meeting is worth, asked with no word of the IR instructor certificate, is the surgical CME credits (ASCRS, any
   meeting abroad); an IR congress named (CIRSE, ECIO, JSIR …) keeps the IR rules.
4. A piece wholly in brackets ("(就跟積分會上網一樣?)") is an aside, never the ask.
5. 還是要 / 仍然要 ("still need to") asks a need — not leave, whatever 可以 the stated case or a bare alternative holds;
   "可以 A 還是要 B" still offers two courses.
6. "X 就好，還是還要 Y？" / "is X enough, or do they also have to Y?" met by a requirement joining Y to another duty: 需要 /
   No, both are required.
7. A where-ask then a yes / no guessing the place ("is there an online system?") asks where.
8. A QC score asked back while being taken off HPA screening is asked about cites the QC measures (2.2.1.2).
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from knowledge.corpus import load_corpus

CORPUS = load_corpus()


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. case數 ──

def test_counted_english_word_is_set_aside() -> None:
    from bot.rules_answer import _COUNTED_WORD

    assert _COUNTED_WORD.sub(" ", "可以不用附case數嗎") == "可以不用附 嗎"
    assert _COUNTED_WORD.sub(" ", "paper 數量夠嗎") == " 夠嗎"
    assert _COUNTED_WORD.sub(" ", "case report 算幾分") == "case report 算幾分"  # (the regulation's own words stay)


@pytest.mark.parametrize("question", [
    "我有兩篇SCI都是第一作者（栓塞相關），這樣申請是不是可以不用附case數？",
    "SCI第一作者有兩篇，這樣可以免附case量嗎？",
])
def test_case_count_in_english_meets_the_waiver(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsir-instructor/1.2.2", (line, ids)
    assert line.startswith(("是", "可以")), line


def test_case_report_is_the_regulations_word(ask) -> None:
    line, ids = _line_and_ids(ask("介入學會換證，SCI 的 case report 第一作者算幾分？"))
    assert ids[0] == "tsir-instructor/5.1", (line, ids)


# ── 2. the marking verb ──

@pytest.mark.parametrize(("question", "verb"), [
    ("抽印本影本上面哪些地方要用筆圈起來？", "圈"),
    ("SCI論文的抽印本，要拿螢光筆畫哪些東西？", "圈"),
    ("議程封面影本上要用紅筆標出什麼？", "圈"),
    ("非SCI論文要附什麼？", "附"),  # near miss: no tool, no marking
])
def test_predicate_verb_skips_the_tool(question: str, verb: str) -> None:
    from knowledge.siblings import predicate_verb

    assert predicate_verb(question) == verb


def test_marking_sibling_found_below_other_articles_items() -> None:
    from knowledge.siblings import prefer_sibling

    ranked = [("tsa-cme/5.8.1", 0.081), ("tsa-cme/5.7.2", 0.08), ("tsa-cme/5.7.3", 0.078), ("tsa-cme/5.8.3", 0.078)]
    order = prefer_sibling("期刊論文送學會認定，抽印本影本上面哪些地方要用筆圈起來？", ranked, CORPUS)
    assert order[0][0] == "tsa-cme/5.8.3", order


def test_circle_question_states_what_to_circle(ask) -> None:
    line, ids = _line_and_ids(ask("期刊論文送學會認定，抽印本影本上面哪些地方要用筆圈起來？"))
    assert ids[0] in ("tsa-cme/5.8.3", "tsa-cme/5.7.3"), (line, ids)
    assert "雜誌名稱" in line and "刊登日期" in line, line


# ── 3. a meeting's worth with no IR word ──

@pytest.mark.parametrize(("question", "surgical"), [
    ("going to ASCRS in the States next spring, what does one overseas meeting count for?", True),
    ("下個月去美國開 ASCRS，一次國外會議算幾分？", True),
    ("I'm going to CIRSE in Lisbon, what does that count for?", False),
    ("去 ECIO 開會一次算幾分？", False),
    ("JSIR annual meeting, how many points is it worth?", False),
    ("去年去國外開會，換證可以抵幾分？", False),
])
def test_meeting_worth_without_ir_words(question: str, surgical: bool) -> None:
    from knowledge.lookup import credits_without_ir

    assert credits_without_ir(question) is surgical


def test_overseas_meeting_named_by_acronym_is_surgical(ask) -> None:
    line, ids = _line_and_ids(ask("going to ASCRS in the States next spring, what does one overseas meeting count for?"))
    assert ids[0] == "tsa-cme/5.4", (line, ids)
    assert "30" in line, line


# ── 4. a bracketed aside ──

def test_bracketed_piece_is_no_ask() -> None:
    from bot.parsing.text import fold
    from bot.rules_answer import yes_no_piece

    text = fold("我們後續審查的評等分數會被公開在網路上嗎？會不會通知其他單位？(就跟積分會上網一樣?)")
    assert yes_no_piece(text) == fold("會不會通知其他單位？")
    assert yes_no_piece(fold("後續審查的分數會公告嗎？（像積分那樣）")) == fold("後續審查的分數會公告嗎？")


@pytest.mark.parametrize("question", [
    "我們後續審查的評等分數會被公開在網路上嗎？會不會通知其他單位？(就跟積分會上網一樣?)",
    "後續審查的分數會公告嗎？（像積分那樣）",
])
def test_aside_after_the_ask_keeps_its_lead(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/2.7", (line, ids)
    assert line.startswith("會："), line


# ── 5. 還是要 ──

@pytest.mark.parametrize(("question", "permission"), [
    ("駐外醫療團那段時間，證書到期時還是要照時間辦展延嗎？還是可以延後", False),
    ("駐外醫療團那段時間可以扣抵積分的話，證書到期時還是要照時間辦展延嗎？", False),
    ("證書到期仍然要在效期內申請展延嗎", False),
    ("SCI論文可以線上送還是要寄紙本抽印本？", True),  # near miss: two courses, the 可以 asks
])
def test_still_need_is_no_leave(question: str, permission: bool) -> None:
    from bot.rules_answer import asks_permission

    assert asks_permission(question) is permission


@pytest.mark.parametrize("question", [
    "駐外醫療團那段時間可以扣抵積分的話，證書到期時還是要照時間辦展延嗎？還是可以延後",
    "駐外醫療團期間可以少修積分，那證書到期仍然要在效期內申請展延嗎",
])
def test_still_need_leads_with_need(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "tsa-cme/5.14", (line, ids)
    assert line.startswith("需要："), line


# ── 6. enough, or also ──

def test_also_required_reads_the_joined_duty() -> None:
    from bot.rules_answer import also_required

    text = CORPUS.get("hpa-mammo/2.1.1.2.2").text
    assert also_required(("去座談會就好?", "還要考試?"), text) == "還要考試?"
    assert also_required(("去座談會就好?", "要停判?"), text) is None  # no "also": another course
    assert also_required(("去座談會?", "還要考試?"), text) is None  # the first says nothing would do
    assert also_required(("去座談會就好?", "還要交報告?"), text) is None  # the also is not the text's


@pytest.mark.parametrize(("question", "lead"), [
    ("醫師疑似陽性複判差異介於五成到六成的，要做什麼才能繼續判讀？去座談會拿個積分就好，還是還要考試？", "需要"),
    ("复判差异五到六成，参加座谈会就行，还是还得考跑片？", "需要"),
    ("re-read discrepancy between 50 and 60%, is attending the seminar enough, or do they also have to pass the "
     "reading test?", "No, both are required"),
])
def test_enough_or_also(ask, question: str, lead: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/2.1.1.2.2", (line, ids)
    assert line.startswith(lead), line


# ── 7. where, then a guess of the place ──

@pytest.mark.parametrize(("question", "kind"), [
    ("where can we look up our annual screening mammogram count before the review? is there an online system?", "where"),
    ("where can I check how many screenings we did? is it on a website?", "where"),
    ("年篩檢量去哪裡查？要自己算嗎？", "yes_no"),  # near miss: another yes / no, no place guessed
])
def test_place_guessed_after_where(question: str, kind: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == kind


def test_where_then_guess_gives_the_place(ask) -> None:
    line, ids = _line_and_ids(ask("where can we look up our annual screening mammogram count before the review? "
                                  "is there an online system?"))
    assert ids[0] == "hpa-mammo/1.1.2", (line, ids)
    assert "boc.hpa.gov.tw" in line, line


# ── 8. the QC measures cited while the score is asked ──

@pytest.mark.parametrize(("question", "cited"), [
    ("Our unit's phantom image score came back low on the field QC test. Are we going to be pulled from HPA screening?",
     True),
    ("our compression test score was bad on the QC visit, will we lose our qualification?", True),
    ("實地測試假體影像分數很低，我們會不會被踢出國健署篩檢？", True),
    ("Our phantom score was low on the QC test, what grade is that?", False),
])
def test_qc_measures_asked(question: str, cited: bool) -> None:
    from bot.clarify import consequence_rules

    assert ("hpa-mammo/2.2.1.2" in consequence_rules("hpa_qc_grade", question)) is cited


def test_also_required_needs_both_in_the_duty() -> None:
    from bot.rules_answer import also_required

    text = CORPUS.get("hpa-mammo/2.1.1.2.4").text  # (丁: the seminar is its case, 應立即停止判讀並停權 its duty)
    assert also_required(("交報告就夠了嗎?", "也要參加座談會?"), text) is None
