"""Round 28's cost cuts must change no result (issue 10, warm rules latency outside the encoder):

- an English question's Chinese terms (`_expand_query`) test a PHRASES entry's longest word, a SYNONYMS entry's word, as a
  substring before searching for it: the terms are those of searching every entry, as before;
- `HybridRetriever.dense_query` is remembered per text and embedder (`prefetch`, then `rankings`, ask it of the same
  question): the same text as working it out afresh, the embedder's token counter not asked again.
Real tables, real index, real encoder; no timings."""

from __future__ import annotations

import re

import pytest

from knowledge.lexical import PHRASES, SYNONYMS, _GLUED, _CONTRAST, _GRADE, _HAS_LATIN, _expand_query, \
    _phrase_pattern, _phrase_table, _word_pattern, meeting_abroad
from knowledge.ranges import percent_words
from knowledge.retrieve import _dense_text, _tail
from knowledge.textnorm import fold

ENGLISH = [
    "Do journal club sessions count toward the surgical CME hours?",
    "what happens if the follow up rate is too low for the follow-up review",
    "Can a make up session replace the missed annual meeting? what about a make-up exam",
    "申請的時候abstract要附嗎",  # an English word glued to Chinese characters
    "Is the van's on-site QC test different from the unit's, as opposed to the staff?",
    "I presented a poster at a congress in Lisbon — how many points, and is a grade B enough?",
    "instructor certificate renewal: how many CASES of TACE and RFA do I need, and by when?",
    "the positive predictive value / recall rate thresholds for the HPA mammography follow-up",
    "乳攝車每名放射師一天最多可以拍幾案？",  # no Latin letter: no terms
    "放射师的继续教育积分 CE credits 不够怎么办",  # zh-CN with English words
]


def _expand_searching_every_entry(query: str) -> tuple[str, ...]:
    """`_expand_query` as it read before round 28: every entry searched, no substring test first."""
    low = fold(query)
    if not _HAS_LATIN.search(low):
        return ()
    low = _CONTRAST.sub(" ", _GLUED.sub(" ", low))
    out: list[str] = []
    for phrase, terms in PHRASES.items():
        pattern = _phrase_pattern(phrase)
        if pattern.search(low):
            out.extend(t for t in terms if t not in out)
            low = pattern.sub(" ", low)
    for word, terms in SYNONYMS.items():
        if _word_pattern(word).search(low):
            out.extend(t for t in terms if t not in out)
    out.extend(f"{a or b} 等" for a, b in _GRADE.findall(low))
    if "國外" not in out and meeting_abroad(query):
        out.append("國外")
    return tuple(out)


@pytest.mark.parametrize("question", ENGLISH)
def test_the_substring_test_changes_no_expanded_term(question: str) -> None:
    assert _expand_query.__wrapped__(question) == _expand_searching_every_entry(question)


def test_english_questions_do_get_terms() -> None:
    # (the comparison above is not empty on both sides: the tables are read)
    assert sum(bool(_expand_query.__wrapped__(q)) for q in ENGLISH) >= 6


def test_the_phrase_table_is_every_phrase_in_order() -> None:
    table = _phrase_table()
    assert [pattern for _, pattern, _ in table] == [_phrase_pattern(p) for p in PHRASES]
    assert [terms for *_, terms in table] == list(PHRASES.values())
    assert all(longest and longest in phrase for (longest, _, _), phrase in zip(table, PHRASES))


@pytest.mark.parametrize("question", ENGLISH)
def test_a_phrase_ruled_out_by_its_longest_word_never_matches(question: str) -> None:
    low = fold(question)
    for longest, pattern, _ in _phrase_table():
        if longest not in low:
            assert pattern.search(low) is None, pattern.pattern


def test_every_phrase_written_in_the_text_passes_the_substring_test() -> None:
    # each phrase as written, with a hyphen for its spaces and a plural ending: the test never rules out a match
    for (longest, pattern, _), phrase in zip(_phrase_table(), PHRASES):
        for text in (f"about {phrase}s here", "x " + re.sub(r"\s", "-", phrase) + " y"):
            if pattern.search(text):
                assert longest in text, (phrase, text)


@pytest.mark.parametrize("question", ENGLISH + ["複判差異超過兩成要怎麼處理", "介入性放射指导医师的资格证书过期了怎么办"])
def test_dense_query_is_the_text_worked_out_afresh(retriever, question: str) -> None:
    text = fold(question)
    count = getattr(retriever.embedder, "token_count", None)
    assert retriever.dense_query(text) == _tail(_dense_text(percent_words(text)), count)


def test_dense_query_counts_a_long_text_once(retriever, monkeypatch) -> None:
    # a long question: `_tail` counts its tokens sentence by sentence; `prefetch` and `rankings` both ask for it
    text = fold("We run two mammography vans and one fixed unit. The vans go out four days a week. "
                "Our physicist says the on-site QC test failed on one van last month. Does the follow-up review "
                "look at the van's QC records, the fixed unit's, or both? And what happens if it fails again?")
    seen: list[str] = []
    real = type(retriever.embedder).token_count

    def counting(self, t: str) -> int:
        seen.append(t)
        return real(self, t)

    monkeypatch.setattr(type(retriever.embedder), "token_count", counting)
    first = retriever.dense_query(text)
    asked = len(seen)
    assert asked >= 1
    assert retriever.dense_query(text) == first
    assert len(seen) == asked  # remembered: the counter is not asked again
