"""Neighbours of the eighth round's development half answered with our rules, each class tested with wording of its own:
a patient's treatment written in clinical shorthand ("72F", "65M", "drain first or operate?"), a fellowship abroad's
renewal (FACS, FRACS), and another breast-imaging modality's reader credentials — while our own questions in the same
words stay ours."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


@pytest.mark.parametrize("question", [
    "72F, appendicitis on CT with a 4cm abscess — operate now or percutaneous drainage first?",
    "65M with a liver abscess: drain first or operate?",
    "病人 70 歲肝膿瘍，要先引流還是直接開刀？",
    "How many CME hours does the American College of Surgeons require to keep FACS status?",
    "FRACS 的 CPD 要幾小時？",
    "乳房超音波的判讀醫師需要什麼資格？",
    "What qualifications does a breast ultrasound reader need?",
    "乳腺超声的医师要什么认证？",
])
def test_a_neighbour_is_refused_without_our_rules(engine, question):
    a = _ask(engine, question)
    assert a.route == "out_of_scope" and not a.citations


@pytest.mark.parametrize(("question", "route"), [
    ("近六年 PCN 150 例、PTCD 100 例、引流 60 例，專科 9 年，切片引流指導老師夠嗎", "calculator"),
    ("I went to the ACS Clinical Congress this year, credits?", "calculator"),
    ("乳攝判讀醫師的資格要求？", "retrieval"),
])
def test_our_questions_in_the_same_words_stay_ours(engine, question, route):
    assert _ask(engine, question).route == route
