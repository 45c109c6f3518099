"""Round 27 ranking class, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

The place the question puts what was done (在國內 / 国内 / in Taiwan / domestic, or 國外 / 出國 / abroad): a best hit
whose text names only the other place gives way to the next hit (same regulation) naming the asked one
(knowledge.others.asked_place_first). A clause on "國內外" activities names both and never gives way.

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.corpus import load_corpus
from knowledge.others import asked_place, asked_place_first


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(("question", "expected"), [
    ("在國內的研討會當講者可以抵幾分", "home"),
    ("在国内的介入会议当座长算几分", "home"),
    ("I moderated a session at a domestic IR meeting — how many points?", "home"),
    ("去國外開會可以抵多少", "abroad"),
    ("moderated a panel abroad, how many points?", "abroad"),
    ("在台北辦的國際會議算國內還是國外", None),  # both places named: none asked
    ("換證要幾分", None),
])
def test_asked_place(question: str, expected: str | None) -> None:
    assert asked_place(question) == expected


def test_a_best_hit_naming_only_the_other_place_gives_way(corpus) -> None:
    ranked = ["tsir-instructor/5.4", "tsir-instructor/5.3", "tsir-instructor/5"]  # 5.4: 國外 only; 5.3: 國外 and 國內
    assert asked_place_first("在國內的研討會當座長能抵幾分", ranked, corpus)[0] == "tsir-instructor/5.3"
    assert asked_place_first("去國外開會當座長能抵幾分", ranked, corpus) == ranked  # the best already names it
    ranked = ["tsa-cme/5.9.2", "tsa-cme/5.9.1"]  # 國內進修, 國外進修
    assert asked_place_first("出國進修一個月算幾分", ranked, corpus)[0] == "tsa-cme/5.9.1"
    assert asked_place_first("在醫學中心進修一個月算幾分", ranked, corpus) == ranked  # no place asked


def test_a_clause_on_activities_at_home_and_abroad_keeps_its_place(corpus) -> None:
    # 5.11 "國內外其他相關之醫學演講…" names both places: no question's place sets it aside
    ranked = ["tsa-cme/5.11", "tsa-cme/5.4"]
    assert asked_place_first("國外的其他醫學演講怎麼認定積分", ranked, corpus) == ranked
    assert asked_place_first("other medical talks abroad, who decides the credits?", ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "在國內的介入研討會受邀當座長，換證可以抵幾分？",
    "在国内介入研讨会上被邀请做座长，换证能抵多少学分？",
    "Invited as a moderator at an interventional meeting in Taiwan — how many renewal points is that?",
])
def test_a_role_at_home_ranks_the_clause_with_the_home_figure(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "tsir-instructor/5.3", [h.clause.id for h in hits]


# ------------------------------------------------------------------ English wording of what is ruled on

@pytest.mark.parametrize(("question", "expected"), [
    ("one year I had zero points, is that a problem for renewal?", ("零分",)),
    ("有一年學分是 0，可以展延嗎", ("零分",)),
    ("how many credits is one hour worth?", ()),
])
def test_ruling_words_read_english_phrases_too(question: str, expected: tuple[str, ...]) -> None:
    from knowledge.intents import ruling_words

    assert ruling_words(question) == expected


def test_an_english_ruling_phrase_moves_its_holder_first(corpus) -> None:
    from knowledge.intents import prefer_intent_holder

    ranked = ["tsa-cme/5.14", "tsa-cme/10", "tsa-cme/11.n1"]  # 5.14 holds no 零分; 第十條 "每年之積分不得有零分" does
    assert prefer_intent_holder("a year with zero credits (on sabbatical) but well over the total — can I renew?",
                                ranked, corpus)[0] == "tsa-cme/10"
    assert prefer_intent_holder("on an overseas medical mission for two years — can I renew?", ranked, corpus) == ranked


@pytest.mark.parametrize("question", [
    "I was on parental leave and got zero credits one year, though I'm way past 600 overall. Renewal still possible?",
    "One year with 0 points because of a long sick leave, total well above the requirement — am I OK to renew?",
])
def test_a_zero_year_in_english_ranks_article_10_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "tsa-cme/10", [h.clause.id for h in hits]
