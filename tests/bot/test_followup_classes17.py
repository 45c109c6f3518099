"""Seventeenth round, questions back (SPEC §3 clarify): what they ask, what they cite, and the replies that complete them.

Classes (each tested with phrasings invented here, not the bank's):
1. An image-evaluation grade asked without its scores cites the note that forms the score graded for the subject and
   kind read (the lower set, the facility's best sets, a sampled average) and that subject's grade table — not both
   subjects' tables.
"""

from __future__ import annotations

import pytest

from calculators.hpa_mammo import image_grade_rules


# ---------------------------------------------------------------- 1. the note that forms the score graded


@pytest.mark.parametrize(("question", "subject", "kind", "note"), [
    ("本院這次被抽了 6 張片子做臨床影像評估，醫院的抽選片會拿幾等？", "facility", "sampled", "hpa-mammo/2.3.1.n2"),
    ("Our hospital's self-selected sets: best non-dense was 366, dense not scored yet. Facility grade?",
     "facility", "self_selected", "hpa-mammo/2.3.1.n1"),
    ("放射师自选片非致密型 348，致密型还没评，我会是几等？", "radiographer", "self_selected", "hpa-mammo/2.1.2.2.1.n1"),
    ("My sampled films were reviewed but I don't have the scores yet; what grade would I get?",
     "radiographer", "sampled", "hpa-mammo/2.1.2.2.1.n2"),
])
def test_an_image_grade_asked_back_cites_the_note_of_its_subject_and_kind(ask, question, subject, kind, note):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, a.answer
    assert a.pending_call.name == "hpa_image_grade"
    assert (a.pending_call.args["subject"], a.pending_call.args["kind"]) == (subject, kind)
    cited = [c.id for c in a.citations]
    assert cited[0] == note
    other_table = "hpa-mammo/2.3.1" if subject == "radiographer" else "hpa-mammo/2.1.2.2.1"
    assert other_table not in cited  # the other subject's table does not grade this one


def test_image_grade_rules_without_a_subject_give_both_tables():
    assert image_grade_rules(None, "sampled") == ["hpa-mammo/2.1.2.2.1", "hpa-mammo/2.3.1"]
    assert image_grade_rules("facility", None) == ["hpa-mammo/2.3.1"]
