"""The abbreviation term table kept on disk (bot/parsing/abbreviations.py `terms`): a kept table is the fresh build of
the same inputs, entry for entry and in the same order (the first term of each meaning names a contraction), and a
table kept for other inputs is never read."""

from __future__ import annotations

from bot.parsing import abbreviations as ab


def _same(a: ab.Terms, b: ab.Terms) -> bool:
    """Entry for entry and in the same order (`contractions` keeps each meaning's first), counts and English words."""
    return list(a.owners.items()) == list(b.owners.items()) and a.word_counts == b.word_counts and a.english == b.english


def test_the_table_in_use_is_a_fresh_build():
    """Whether this process read it from disk or built it: the same as building it now."""
    assert _same(ab.terms(), ab.build_terms(ab.declared_patterns()))


def test_a_kept_table_reads_back_as_built(tmp_path):
    fresh = ab.build_terms(ab.declared_patterns())
    path = tmp_path / "terms.json"
    ab._store_terms(path, fresh)
    kept = ab._load_terms(path)
    assert kept is not None
    assert _same(kept, fresh)


def test_the_kept_table_of_the_data_folder_is_a_fresh_build():
    """The table a process keeps in the data folder (written here first when none is there) is the fresh build."""
    patterns = ab.declared_patterns()
    path = ab._cache_path(patterns)
    assert path is not None
    if not path.exists():
        ab._store_terms(path, ab.build_terms(patterns))
    kept = ab._load_terms(path)
    assert kept is not None
    assert _same(kept, ab.build_terms(patterns))


def test_other_inputs_another_key():
    patterns = ab.declared_patterns()
    key = ab._inputs_key(patterns)
    assert ab._inputs_key(patterns) == key
    assert ab._inputs_key([*patterns[:-1], patterns[-1] + "x"]) != key
    assert ab._inputs_key(patterns[::-1]) != key  # (the entries' numbers are their order)
    assert ab._inputs_key(patterns[:-1]) != key


def test_an_unreadable_table_is_built_again(tmp_path):
    bad = tmp_path / "terms.json"
    bad.write_text("{not json", encoding="utf-8")
    assert ab._load_terms(bad) is None
    assert ab._load_terms(tmp_path / "missing.json") is None
    bad.write_text('{"owners": []}', encoding="utf-8")
    assert ab._load_terms(bad) is None
