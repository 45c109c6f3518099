"""Round 30 first-line classes (phrasings written for the tests, not the eval questions' words):

1. An English question asking what a named part takes in ("what does the on-site test cover?", "what's checked in …",
   "which tests are done …"): the part's items, every one, at length — it was the heading's gist alone ("This item lists
   the on-site tests of the mammography unit.") with none of the tests.
2. A list asked for whose item enumerates its own contents ("…實測項目包含：平均乳腺輻射劑量、半值層…"): the item with
   its contents, not its bare name (the tests the person asks about were hidden behind "醫療曝露品保作業實測項目").
3. A band of the rule written with two English bounds ("at least 70 but under 75%"): the rule's band, asked as a rules
   question — no calculator asking for the person's own rate.
4. Two English yes / no asks joined by ", and" ("do my points get doubled, and is there anything I have to send?"):
   the line answers the first yes / no, its body the rest (it gave no yes / no at all).
5. An adverse outcome asked about ("會不會被取消資格", "could the facility lose its qualification?") that one sentence of
   the clause states while another bars something else ("該儀器不得用於…；若所有…皆未…完成複核，取消醫療機構資格"): the
   outcome's own sentence rules — it was "不會 / No" from the unit's bar, a confidently wrong line.
6. A penalty a sentence imposes ("…經發現者註銷該時間之繼續教育積分", "…者，註銷該時間所有…積分") is no leave: "can someone
   else sign for me?", "can I attend two courses at once and get both?" got "Yes:" from it (confidently wrong).
7. "Is X free?" (English "free" is the text's 免) and a fee the text states for the case asked ("若補發證書，費用貳佰元整"):
   the first certificate is free (it was "No"), a replacement is not (補發證書免費嗎 was "是").
8. "Full credit?" asked of a case the text halves ("…若為病例報告，積分減半"): no (it was "Yes:" / "可以：").
9. An English age with no unit after it ("at 58", "at the age of 59") is the person's age, put to the text's 60 歲:
   "Can I apply for the lifetime certificate at 58?" was "Yes:" (confidently wrong).
10. Whether the case count is still needed, asked in English beside one's own papers or talks ("do I need the case counts
    if I have 2 SCI papers …?"): a rules question (it went to the credit calculator), read with the listed condition's
    ruling (若符合下列條件者，不須附上…個案數證明) as in Chinese — "three invited talks — is the case log still required?"
    was "Yes:" (confidently wrong); and a meeting abroad named beside it does not bring the attendance-proof note first.
"""

from __future__ import annotations

import datetime

import pytest

from bot.rules_answer import first_joined_yes_no
from evals.first_line import first_line, unsupported

TODAY = datetime.date(2026, 11, 25)


def _answer(engine, question: str):
    answer = engine.answer(question, None, today=TODAY)
    assert answer.route == "retrieval", answer.answer
    return answer


def _line(engine, question: str) -> tuple[str, list[str]]:
    answer = _answer(engine, question)
    return first_line(answer.answer), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "what does the on-site test of the mammo unit cover?",
    "Which tests are part of the on-site testing of the mammography unit?",
    "what do the inspectors check in the on-site test of the mammography unit?",
])
def test_an_english_list_ask_gets_the_items(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/1.2.1", cited
    assert "half-value layer" in line and "phantom" in line, line
    assert "storage" in line, line  # (every item, not only the first)


@pytest.mark.parametrize(("question", "gold", "needed"), [
    ("what's included in the written review of the mammography unit?", "hpa-mammo/1.2.2", ("QA records", "relocation")),
    ("what's checked in the clinical image evaluation?", "hpa-mammo/1.3", ("self-selected", "sampled")),
])
def test_other_english_list_asks_get_every_item(engine, question: str, gold: str, needed: tuple[str, ...]) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == gold, cited
    for word in needed:
        assert word.lower() in line.lower(), line


@pytest.mark.parametrize("question", [
    "乳攝儀實地測試會測哪些項目？",
    "仪器实地测试都测哪几块？",
    "實地測試到底實測哪些項目，除了劑量還有什麼？",
])
def test_a_listed_item_enumerating_its_contents_shows_them(engine, question: str) -> None:
    answer = _answer(engine, question)
    line = first_line(answer.answer)
    assert "劑量" in line and "假體" in line and "閱片系統" in line, line
    assert not unsupported(line, [engine.corpus.full_text(c.id) for c in answer.citations]), line


def test_a_bare_name_asked_keeps_the_items_names_only(engine) -> None:
    line, _ = _line(engine, "實地測試是什麼？")
    assert "假體" not in line, line  # (no list asked: the items by name)


@pytest.mark.parametrize("question", [
    "what's the cut to the screening subsidy if follow-up completion is at least 70 but under 75%?",
    "If the follow-up completion rate is from 65 to less than 70%, how much of the subsidy is cut?",
    "How much is deducted when follow-up completion is no less than 60 but below 65 percent?",
])
def test_a_band_with_two_english_bounds_is_a_rules_question(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.5", cited
    assert "5%" in line and "10%" in line, line


def test_a_rate_of_ones_own_stays_a_calculation(engine) -> None:
    answer = engine.answer("our follow-up completion rate is 72%, how much is deducted?", None, today=TODAY)
    assert answer.route == "calculator", answer.answer


@pytest.mark.parametrize("question", [
    "I practise out on Kinmen. Do my annual meeting points get doubled, and is there anything I have to send in?",
    "I work on Penghu; are my monthly meeting credits counted double, and do I need to send anything?",
    "We're on Matsu - do annual meeting credits get doubled for us, and is there a form to file?",
])
def test_two_joined_english_yes_no_asks_answer_the_first(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/5.15", cited
    assert line.startswith("Yes"), line
    assert "licence" in line, line  # (the body states what is sent in)


def test_first_joined_yes_no() -> None:
    assert first_joined_yes_no("Do my points get doubled, and is there anything I have to send?") == \
        "Do my points get doubled?"
    assert first_joined_yes_no("Do my points get doubled?") == "Do my points get doubled?"
    assert first_joined_yes_no("可以加倍嗎，要附什麼？") == "可以加倍嗎，要附什麼？"
    # (two rulings asked — the second no paperwork —: the whole question, read together)
    assert first_joined_yes_no("does it count as international, and does it fall under the cap?") == \
        "does it count as international, and does it fall under the cap?"
    # (a first piece that asks no yes / no: the whole question)
    assert first_joined_yes_no("How many points, and do I need proof?") == "How many points, and do I need proof?"


@pytest.mark.parametrize(("question", "word"), [
    ("如果沒有一台儀器在期限內改善，機構會不會被取消資格？", "會"),
    ("所有仪器都没在期限内完成复核的话，机构资格会被取消吗？", "會"),
    # (a case stated that another sentence's condition names: "接到原能會不合格通知" is the unit bar's 接獲…未合格之通知時)
    ("接到原能會品保不合格通知後，全部儀器都沒在時限內複核，機構資格會取消嗎？", "會"),
    ("Can the facility lose its qualification if no mammography unit passes the re-check?", "Yes"),
    ("Could we lose our qualification if none of our units is fixed in time?", "Yes"),
])
def test_an_adverse_outcome_asked_is_read_on_its_own_sentence(engine, question: str, word: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "hpa-mammo/2.2.2.1", cited
    assert line.startswith(word) and not line.startswith(("不會", "No")), line


def test_an_outcome_no_sentence_states_changes_nothing() -> None:
    from bot.rules_answer import outcome_sentence

    rows = ["（1）…不得用於預防保健婦女乳房 X 光攝影檢查；", "若所有…皆未於該會規定時間內完成複核，取消醫療機構資格。"]
    assert outcome_sentence(rows, "會不會被取消資格？", rows[0]) == rows[1]
    assert outcome_sentence(rows, "會不會被取消資格？", rows[1]) is None  # (the chosen one states it)
    assert outcome_sentence(rows, "這台還能用嗎？", rows[0]) is None  # (no outcome asked)
    assert outcome_sentence(rows[:1], "could we lose our qualification?", rows[0]) is None  # (none states it)


@pytest.mark.parametrize("question", [
    "Can someone else sign the CME attendance sheet for me if I'm stuck in traffic?",
    "is it fine if somebody else signs the attendance sheet for me?",
    "Can I sit in on two CME courses at the same time and get credits for both?",
    "If two CME courses overlap in time, can I sign in to both and keep the credits of both?",
])
def test_a_penalty_is_no_leave(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] in ("tsa-cme/8", "tsa-cme/9"), cited
    assert not line.startswith("Yes"), line


@pytest.mark.parametrize("question", [
    "Can a colleague sign the attendance sheet on my behalf?",
    "is it fine if somebody else signs the attendance sheet for me?",
    "可以請同事幫我代簽出席簽名單嗎？",
])
def test_a_proxy_signature_is_refused(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsa-cme/8", cited
    assert line.startswith(("No", "不可以")), line


@pytest.mark.parametrize(("question", "word"), [
    ("Is the first instructor certificate free?", "Yes"),
    ("first-time instructor certification: is it free or do I pay a fee?", "Yes"),
    ("Is a replacement certificate free as well?", "No"),
    ("I lost my certificate - is getting it reissued free?", "No"),
    ("補發證書免費嗎？", "否"),
    ("第一次申請證書免費嗎？", "是"),
])
def test_free_asked_against_the_fee_the_text_states(engine, question: str, word: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/8.2", cited
    assert line.startswith(word), line


@pytest.mark.parametrize("question", [
    "Do case reports get full credit?",
    "Does a case report in an SCI journal earn the full points?",
    "病例報告可以拿全部的分數嗎？",
    "病例报告也是拿满分吗？",
])
def test_full_credit_asked_of_a_halved_case_is_a_no(engine, question: str) -> None:
    line, _ = _line(engine, question)
    assert line.startswith(("No", "不")), line


@pytest.mark.parametrize(("question", "word"), [
    ("Can I apply for the lifetime certificate at 58?", "No"),
    ("can I get the lifetime cert at the age of 59?", "No"),
    ("Can I apply for the lifetime certificate at age 62?", "Yes"),
])
def test_an_age_without_its_unit_is_put_to_the_rule(engine, question: str, word: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0] == "tsir-instructor/6", cited
    assert line.startswith(word), line


@pytest.mark.parametrize("question", [
    "Do I need the case counts if I have 2 SCI papers as first author in the domain?",
    "I have two first-author SCI papers on ablation - would I still need to submit the case numbers?",
    "Is the case log still required if I have three invited talks on the domain?",
])
def test_whether_the_case_count_is_needed_is_a_rules_question(engine, question: str) -> None:
    line, cited = _line(engine, question)
    assert cited[0].startswith("tsir-instructor/1.2"), cited
    assert not line.startswith("Yes"), line


def test_a_listed_condition_met_in_english_gets_the_rulings_no(engine) -> None:
    line, _ = _line(engine, "Is the case log still required if I have three invited talks on the domain?")
    assert line.startswith("No"), line


def test_a_meeting_abroad_beside_the_case_count_keeps_the_instructor_rule_first(engine) -> None:
    _, cited = _line(engine, "I lectured 4 times at IR meetings abroad - do I still have to submit the case numbers?")
    assert cited[0].startswith("tsir-instructor/1.2"), cited
