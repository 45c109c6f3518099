"""Round 18 rules classes, phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. a list asked for ("有哪些部分", "列個清單", "main parts", "quick list") is answered with the heading's items, whatever
   the length of the heading's own text;
2. how many levels a scale has ("分幾級", "how many tiers") is answered with the count read off the quote's own
   enumeration (甲乙丙丁 rows each with a band, or grades A–D), never a count of another item's table; each level asked
   ("各級") gets every row's rule;
3. yes / no: an English "non-X" is the text's 非X category (no denial); a piece asking what ("要交什麼證明嗎") does not
   displace the piece asking whether; "do they look at X and how many Y …" asks yes / no; "…, or just a single one?" is
   an only-alternative the text's "single or multiple" answers yes;
4. the words people use for a certificate's lapse and the earliest filing ("board cert", "runs out", "how early"), for
   mail ("by post"), for a reduction ("少幾分", "how much less"), for the unit ("mammo unit"), and what a question sets
   aside ("rather than the radiographers") reach the clause that says it;
5. an English gist that states a period in its own words ("before next review") answers a "by when" in English;
6. the words naming one regulation (外專 / 展延, 介放, 後審 / 後續審查) are one table, knowledge.lookup.DOC_HINTS.

Retrieval uses the real index (the session's `retriever` fixture); every first line is checked against its clause
(evals.first_line.unsupported)."""

from __future__ import annotations

import re

import pytest

from bot.rules_answer import answer_kind, direct_line
from evals.first_line import AFFIRMATIVE, NEGATIVE, unsupported
from knowledge.corpus import load_corpus
from knowledge.lookup import doc_hints, prefer_named_doc

CORPUS = load_corpus()


def _line(retriever, question: str, lang: str):
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, lang)
    sources = [CORPUS.full_text(cid) + " " + CORPUS.get(cid).label for cid in line.cited]
    assert not unsupported(line.text, sources), line.text
    return hits, line


# ------------------------------------------------------------------ 1. a list asked for gets the items

@pytest.mark.parametrize(("lang", "question", "words"), [
    ("zh-TW", "乳攝機構後續審查的項目有哪些部分？", ("實地測試", "複判差異", "追蹤完成率")),
    ("zh-TW", "乳腺摄影后续审查要查哪几大项，帮我列个清单", ("工作人員", "臨床影像")),
    ("en", "what are the main parts of the clinical image evaluation in the mammo review?", ("self-selected", "sampled")),
])
def test_a_list_asked_for_gets_the_items(retriever, lang: str, question: str, words: tuple[str, ...]) -> None:
    _, line = _line(retriever, question, lang)
    assert all(w in line.text for w in words), line.text


# ------------------------------------------------------------------ 2. how many levels: the quote's own count

@pytest.mark.parametrize(("lang", "question", "lead"), [
    ("zh-TW", "复判差异评估一共几级？", "分四級"),
    ("en", "how many tiers does the re-read discrepancy evaluation have?", "4 levels"),
    ("zh-TW", "機器實地測試的成績分成幾個等級", "四等"),
])
def test_how_many_levels_gets_the_count(retriever, lang: str, question: str, lead: str) -> None:
    _, line = _line(retriever, question, lang)
    assert line.text.startswith(lead) or lead in line.text.split("：")[0], line.text


def test_another_items_grade_table_gives_no_count(retriever) -> None:
    _, line = _line(retriever, "放射師攝影量的規定分幾級", "zh-TW")
    assert not re.search(r"分.{0,6}[四4](?:級|等)", line.text), line.text  # the A–D table is the image score's


def test_each_level_asked_gets_every_rows_rule(retriever) -> None:
    _, line = _line(retriever, "複判差異的處理有幾級？每一級分別要怎麼做", "zh-TW")
    assert "分四級" in line.text and "40%" in line.text and "停權" in line.text, line.text


# ------------------------------------------------------------------ 3. yes / no

@pytest.mark.parametrize(("lang", "question"), [
    ("en", "does PAE count as non-tumor embolization for the instructor certificate?"),
    ("en", "is UAE included in the non tumour embolization domain?"),
    ("zh-TW", "离岛执业的话，月会积分能加倍吗？需要交哪些证明"),
    ("en", "could I hold instructor status for both ablation and biliary drainage, or just a single domain?"),
])
def test_the_rule_granting_it_answers_yes(retriever, lang: str, question: str) -> None:
    _, line = _line(retriever, question, lang)
    assert AFFIRMATIVE.match(line.text), line.text


@pytest.mark.parametrize("question", ["乳攝後續審查是每個項目都要審嗎？我們想知道會不會只抽幾項",
                                      "乳腺摄影后续审查每一项都一定会查吗？有没有可能只查几项"])
def test_a_second_piece_hoping_for_some_leaves_the_first_asking(retriever, question: str) -> None:
    _, line = _line(retriever, question, "zh-TW")  # (幾 there is "some": the first piece asks, "not necessarily")
    assert NEGATIVE.match(line.text), line.text


@pytest.mark.parametrize("question", [
    "in the mammo follow-up review, does HPA check the machine's QC reports and what the on-site test found?",
    "for the follow-up review do they look at the staff records and how many films each tech took?",
])
def test_a_wh_clause_looked_at_asks_yes_no(question: str) -> None:
    assert answer_kind(question) == "yes_no"


def test_a_second_question_still_asks_its_own() -> None:
    assert answer_kind("do they review the radiographers' qualifications, and how many points do I need?") == "number"


# ------------------------------------------------------------------ 4. the words people use

@pytest.mark.parametrize(("lang", "question", "clause", "words"), [
    ("en", "my specialist certificate expires in May — what's the earliest I can send in the renewal?", "tsa-cme/11.n1",
     ("6", "month")),
    ("en", "is the instructor certification paperwork submitted online, or mailed in?", "tsir-instructor/8.3", ("Mail",)),
    ("zh-TW", "去駐外醫療團一年，換證積分能少幾分", "tsa-cme/5.14", ("100",)),
    ("en", "which review standards cover the mammo unit rather than the radiographers?", "hpa-mammo/2.2", ("unit",)),
    ("en", "which standards apply to the staff, as opposed to the mammography machine?", "hpa-mammo/2.1", ("staff",)),
])
def test_peoples_words_reach_the_clause(retriever, lang: str, question: str, clause: str, words: tuple[str, ...]) -> None:
    hits, line = _line(retriever, question, lang)
    assert clause in [h.clause.id for h in hits[:2]], [h.clause.id for h in hits]
    assert line.cited[0] == clause and all(w in line.text for w in words), line.text


# ------------------------------------------------------------------ 5. an English period in the gist

def test_an_english_gist_stating_the_period_answers_in_english(retriever) -> None:
    _, line = _line(retriever, "our radiographer got a C on one clinical image item, by when must she do the training?", "en")
    assert "before" in line.text and not re.search(r"[\u4e00-\u9fff]", line.text.split("(")[0]), line.text


# ------------------------------------------------------------------ 6. one table of the regulations' names

@pytest.mark.parametrize(("question", "doc"), [
    ("外專展延要多少分才夠", "tsa-cme"), ("介放的指導老師怎麼換證", "tsir-instructor"), ("後審會看哪些東西", "hpa-mammo"),
    ("乳攝機構後續審查多久一次", "hpa-mammo"),
])
def test_a_regulations_own_words_name_it(question: str, doc: str) -> None:
    assert doc_hints(question) == [doc]
    ranked = [("x-other/1", 0.1), (f"{doc}/1", 0.095)]
    assert prefer_named_doc(question, ranked)[0][0] == f"{doc}/1"
