"""A value said to be absent, in English too (bot.routing.ABSENT): its word boundaries were backspace bytes, so no English
form matched (tests/test_source_hygiene.py now keeps control characters out of the source)."""

from __future__ import annotations

import pytest

from bot.routing import ABSENT


@pytest.mark.parametrize("text", [
    "our re-read results are not back yet",
    "the sampled scores aren't available",
    "no data for the second set",
    "follow-up completion: n/a",
    "the phantom score is still pending",
    "none were sampled this year",
])
def test_an_english_value_said_to_be_absent_is_read(text: str) -> None:
    assert ABSENT.search(text) is not None


@pytest.mark.parametrize("text", ["another meeting in june", "knowledge of the rules", "a banana", "nonetheless we passed"])
def test_words_that_only_contain_the_forms_are_not(text: str) -> None:
    assert ABSENT.search(text) is None
