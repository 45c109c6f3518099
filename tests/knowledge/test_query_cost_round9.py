"""What one rules question costs after its embedding (issue 10, latency): the per-field rankings stop reading the ranked
entries once every field is full, with the same result as reading them all (real index, real encoder)."""

from __future__ import annotations

import pytest

from knowledge.chunks import ASK_FIELD, TEXT_FIELD
from knowledge.retrieve import CANDIDATES, _by_field, _dense_text
from knowledge.textnorm import fold


def _by_field_reading_all(entry_ids: list[str], doc: str | None, n: int) -> dict[str, list[str]]:
    out: dict[str, dict[str, None]] = {TEXT_FIELD: {}, "gist": {}, ASK_FIELD: {}}
    for entry in entry_ids:
        clause, _, field = entry.partition("#")
        if doc and not clause.startswith(f"{doc}/"):
            continue
        key = TEXT_FIELD if not field else ASK_FIELD if field.startswith(ASK_FIELD) else "gist"
        if len(out[key]) < n:
            out[key].setdefault(clause)
    return {key: list(ranked) for key, ranked in out.items()}


@pytest.mark.parametrize(("question", "doc"), [
    ("乳攝車每名放射師一天最多可以拍幾案？", None),
    ("How many credits is an international congress worth?", None),
    ("指导老师证书遗失补发要多少钱", "tsir-instructor"),
    ("國內進修要在哪裡才算分？", "tsa-cme"),
    ("the follow-up completion rate penalty for a van", "hpa-mammo"),
])
def test_the_field_rankings_stop_early_with_the_same_result(retriever, question: str, doc: str | None) -> None:
    entries = retriever._entries([retriever._embed(_dense_text(fold(question)))])[0]
    for n in (5, CANDIDATES):
        assert _by_field(entries, doc, n) == _by_field_reading_all(entries, doc, n)
