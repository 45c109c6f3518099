"""core.widen_regex_cache: `re` keeps enough compiled patterns that an answer's new ones don't push the hot ones out."""

import re
import subprocess
import sys

import core


def test_importing_core_widens_the_regex_cache() -> None:
    assert re._MAXCACHE >= core.REGEX_CACHE


def test_it_only_ever_widens() -> None:
    before = re._MAXCACHE
    try:
        re._MAXCACHE = core.REGEX_CACHE * 2
        core.widen_regex_cache()
        assert re._MAXCACHE == core.REGEX_CACHE * 2
        re._MAXCACHE = 100
        core.widen_regex_cache()
        assert re._MAXCACHE == core.REGEX_CACHE
    finally:
        re._MAXCACHE = before


def test_the_engine_process_has_it_from_its_first_import() -> None:
    """A fresh process that imports the engine (as `regbot ask` does) runs with the wider cache."""
    out = subprocess.run([sys.executable, "-c", "import re, bot.engine; print(re._MAXCACHE)"],
                         capture_output=True, text=True, check=True).stdout
    assert int(out) >= core.REGEX_CACHE


def test_a_hot_pattern_stays_compiled_after_many_new_ones() -> None:
    """The old limit (512, dropped oldest-first) compiled a hot pattern again after 512 new ones; now it is the same
    object after 1,000 (the patterns are this test's own, so the cache's other entries don't matter)."""
    hot = r"perf59-hot-(?:pattern|regex)\d+"
    first = re.compile(hot)
    for i in range(1000):
        re.search(rf"perf59-new-{i}-\w+", "")
    assert re.compile(hot) is first
