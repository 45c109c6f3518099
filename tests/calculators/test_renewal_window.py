"""renewal_window (SPEC §4.3): calendar-month arithmetic clamped to the month's end."""

from __future__ import annotations

import pytest

from calculators.common import MONTH_ARITHMETIC
from calculators.renewal_window import EXPIRY_FROM_ISSUE
from tests.calculators.conftest import bad, run


@pytest.mark.parametrize(
    ("doc", "given", "expiry", "opens", "late_until", "clamped"),
    [
        ("tsa-cme", {"expiry_date": "2026-08-31"}, "2026-08-31", "2026-02-28", "2027-08-31", True),  # Aug 31 − 6 months
        ("tsa-cme", {"expiry_date": "2028-08-31"}, "2028-08-31", "2028-02-29", "2029-08-31", True),  # leap year
        ("tsa-cme", {"expiry_date": "2026-03-15"}, "2026-03-15", "2025-09-15", "2027-03-15", False),
        ("tsa-cme", {"expiry_date": "2027-02-28"}, "2027-02-28", "2026-08-28", "2028-02-28", False),
        ("tsa-cme", {"expiry_date": "2028-02-29"}, "2028-02-29", "2027-08-29", "2029-02-28", True),  # late year clamps
        ("tsa-cme", {"issue_date": "2020-03-15"}, "2026-03-15", "2025-09-15", "2027-03-15", False),
        ("tsa-cme", {"issue_date": "2020-02-29"}, "2026-02-28", "2025-08-28", "2027-02-28", True),
        ("tsir-instructor", {"expiry_date": "2026-08-31"}, "2026-08-31", "2026-02-28", None, True),
        ("tsir-instructor", {"expiry_date": "2026-12-01"}, "2026-12-01", "2026-06-01", None, False),
        ("tsir-instructor", {"issue_date": "2021-05-14"}, "2027-05-14", "2026-11-14", None, False),
    ],
)
def test_window(doc, given, expiry, opens, late_until, clamped):
    result = run("renewal_window", doc=doc, **given)
    assert (result["expiry_date"], result["opens"], result["closes"], result["late_until"]) == (
        expiry, opens, expiry, late_until)
    assert (MONTH_ARITHMETIC.zh in result["assumptions"]) is clamped
    assert (EXPIRY_FROM_ISSUE.zh in result["assumptions"]) is ("issue_date" in given)


def test_citations_per_document():
    tsa = run("renewal_window", doc="tsa-cme", issue_date="2020-01-10")
    assert tsa["citations"] == ["tsa-cme/10", "tsa-cme/11.n1", "tsa-cme/11.n2.2"]
    tsir = run("renewal_window", doc="tsir-instructor", expiry_date="2026-01-10")
    assert tsir["citations"] == ["tsir-instructor/4"]


@pytest.mark.parametrize(
    ("args", "field", "words"),
    [
        ({"doc": "tsa-cme"}, "expiry_date", "one of the two"),
        ({"doc": "tsa-cme", "expiry_date": "2026-01-01", "issue_date": "2020-01-01"}, "issue_date", "not both"),
        ({"doc": "tsa-cme", "expiry_date": "2019-01-01", "issue_date": "2020-01-01"}, "expiry_date", "before issue_date"),
        ({"doc": "tsa-cme", "expiry_date": "2026-02-30"}, "expiry_date", "date"),
        ({"doc": "tsa-cme", "expiry_date": "31/08/2026"}, "expiry_date", "date"),
        ({"doc": "hpa-mammo", "expiry_date": "2026-01-01"}, "doc", "tsa-cme"),
    ],
)
def test_validation(args, field, words):
    err = bad("renewal_window", **args)
    assert err.field == field and words in str(err)
