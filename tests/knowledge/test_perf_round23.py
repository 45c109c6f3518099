"""Round 23's cost cuts must change no result (issue 10, warm rules latency): the per-field dense rankings read from the
held entry vectors with numpy (`HybridRetriever._nearest`, `_HeldFields`) are `_by_field` of the full entry ranking,
rebuilt when the held entries change; the Simplified → Traditional fold is remembered per text with the same output as
converting it afresh. Real index, real encoder, real OpenCC; no timings."""

from __future__ import annotations

import numpy as np
import pytest

from core import chinese
from core.chinese import RECENT_FOLDS, to_traditional
from knowledge.retrieve import CANDIDATES, _by_field, _dense_text, _HeldFields
from knowledge.textnorm import fold

QUESTIONS = [
    "乳攝巡迴車上的放射師每天能拍多少人？",  # zh-TW
    "介入性放射指导医师的资格证书过期了怎么办",  # zh-CN
    "Do journal club sessions count toward the surgical CME hours?",  # en
    "複判差異超過兩成要怎麼處理",
    "what happens if the follow-up rate is too low",
]
DOCS = [None, "tsa-cme", "tsir-instructor", "hpa-mammo"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_held_field_rankings_are_by_field_of_the_full_ranking(retriever, question: str) -> None:
    vector = retriever._embed(_dense_text(fold(question)))
    entries = retriever._entries([vector])[0]
    for doc in DOCS:
        for n in (1, 5, CANDIDATES, 10_000):
            assert retriever._nearest(vector, doc, n) == _by_field(entries, doc, n), (doc, n)


def test_the_field_arrays_are_built_once_per_held_index(retriever) -> None:
    vector = retriever._embed(_dense_text(fold(QUESTIONS[0])))
    retriever._nearest(vector, None, 5)
    built = retriever._fields
    assert built is not None and built.ids is retriever._vectors()[0]
    retriever._nearest(vector, "hpa-mammo", 5)
    assert retriever._fields is built  # the same held entries: not rebuilt


def test_new_held_entries_rebuild_the_field_arrays(retriever, monkeypatch) -> None:
    # a re-read index (here: only every other entry, in reverse) must rank its own entries, not the old arrays'
    ids, matrix = retriever._vectors()
    fewer_ids, fewer = list(ids[::-2]), np.ascontiguousarray(matrix[::-2])
    monkeypatch.setattr(retriever, "_held", (fewer_ids, fewer))
    monkeypatch.setattr(retriever, "_id_array", None)
    monkeypatch.setattr(retriever, "_fields", None)
    for question in QUESTIONS[:3]:
        vector = retriever._embed(_dense_text(fold(question)))
        retriever._nearest(vector, None, 5)  # arrays of the new entries
        for doc in DOCS:
            got = retriever._nearest(vector, doc, CANDIDATES)
            assert got == _by_field(retriever._entries([vector])[0], doc, CANDIDATES)
            assert set().union(*got.values()) <= {i.partition("#")[0] for i in fewer_ids}
    assert retriever._fields.ids is fewer_ids


def test_without_held_vectors_the_rankings_come_from_chroma(retriever, monkeypatch) -> None:
    monkeypatch.setattr(retriever, "_held", False)  # as for a server index
    monkeypatch.setattr(retriever, "_fields", None)
    vector = retriever._embed(_dense_text(fold(QUESTIONS[1])))
    chroma = retriever.collection.query(query_embeddings=[vector], n_results=retriever._entry_count, include=[])["ids"][0]
    assert retriever._nearest(vector, "tsir-instructor", 5) == _by_field(chroma, "tsir-instructor", 5)
    assert retriever._fields is None  # nothing held, nothing built


def test_field_arrays_on_a_made_up_entry_list_match_by_field() -> None:
    ids = ["a/1", "a/1#gist_en", "b/2#ask", "a/1#ask", "b/2", "a/3#gist_en_ctx", "b/2#gist_en", "a/3", "b/20"]
    fields = _HeldFields(ids)
    rng = np.random.default_rng(23)
    for _ in range(50):
        scores = rng.integers(0, 4, size=len(ids)).astype(np.float32)  # many ties: entry order must break them
        order = np.argsort(-scores, kind="stable")
        ranked = [ids[i] for i in order]
        for doc in (None, "a", "b"):
            for n in (1, 2, 5):
                assert fields.by_field(scores, doc, n) == _by_field(ranked, doc, n)


@pytest.mark.parametrize("text", [
    "乳摄车每天上限几案？", "参加学会年会积分多少", "换发证书要交什么", "指導醫師證書遺失補發",
    "How many credits for the annual meeting?", "複判差異 17% 算哪一級", "头发", "",
])
def test_the_remembered_fold_is_the_fresh_conversion(text: str) -> None:
    fresh = chinese._s2tw().convert(text.replace("发", "發"))
    assert to_traditional(text) == fresh
    assert to_traditional(text) == fresh  # asked again: remembered, the same


def test_the_fold_memory_is_bounded() -> None:
    info = to_traditional.cache_info()
    assert info.maxsize == RECENT_FOLDS
    for i in range(RECENT_FOLDS + 10):
        to_traditional(f"第{i}条规定")
    assert to_traditional.cache_info().currsize <= RECENT_FOLDS
    assert to_traditional("第3条规定") == "第3條規定"
