"""First-line classes found on the seventh blind round (new wording, never the eval sentences): a question
asking leave to undo what a rule obliges, a 限 restriction met by a permission question, the 補完 / 補齊
family, 那幾條 as a demonstrative, "X or only Y?", an English first alternative with its auxiliary mid-
sentence, and an elliptical "…? and the Y?" follow-on."""

from __future__ import annotations

import pytest

from bot.rules_answer import answer_kind, direct_line
from evals.first_line import unsupported
from knowledge.corpus import load_corpus
from knowledge.retrieve import Hit

CORPUS = load_corpus()


def hits(*ids: str) -> list[Hit]:
    return [Hit(clause=CORPUS.get(i), score=0.05 - n * 0.005, via=["lexical", "dense"]) for n, i in enumerate(ids)]


def line_for(question: str, clause: str, lang: str) -> str:
    text = direct_line(question, hits(clause), CORPUS, lang).text
    assert not unsupported(text, [CORPUS.full_text(clause), CORPUS.get(clause).label]), text
    return text


@pytest.mark.parametrize(("question", "lang"), [
    ("指導老師能不能回絕學員觀摩病例的申請？", "zh-TW"),
    ("带教的指导老师可以拒绝学员来看病例吗", "zh-TW"),
    ("Can an instructor turn a trainee down who wants to watch procedures?", "en"),
])
def test_leave_to_undo_an_obligation_gets_no_yes(question: str, lang: str) -> None:
    # 有義務接受 (must accept): "may the instructor refuse?" is never the 可以 of the duty's own verb; the text
    # states no denial, so the line gives the duty itself, with no polarity word
    text = line_for(question, "tsir-instructor/3", lang)
    assert not text.startswith(("可以", "是", "Yes")), text
    assert "義務" in text or "must accept" in text, text


def test_asking_about_the_obliged_verb_itself_is_still_yes() -> None:
    text = line_for("學員申請觀察病例，指導老師要接受嗎？", "tsir-instructor/3", "zh-TW")
    assert text.startswith("需要："), text


@pytest.mark.parametrize("question", [
    "研討會的口頭報告我排第四作者，上台報告的是別人，我能申請這篇的積分嗎？",
    "壁报我是第三作者，也不是我去讲的，这样能拿积分吗",
    "I'm the fourth author on a poster my colleague presented; can I claim credits for it?",
    "年會上的論文演講我是第三作者，可以申請積分嗎？",
    "学会演讲的论文我挂第二作者，能申请积分吗",
])
def test_a_restriction_on_who_qualifies_gets_no_yes(question: str) -> None:
    lang = "en" if question.isascii() else "zh-TW"
    text = line_for(question, "tsa-cme/5.6", lang)
    assert not text.startswith(("可以", "是", "Yes")), text
    assert "第一作者" in text or "first author" in text.lower()


@pytest.mark.parametrize(("question", "lang", "word"), [
    ("技術師的繼續教育時數半年內沒補足，還可以繼續操作乳攝機嗎？", "zh-TW", "不可以："),
    ("放射师工作经验不够，半年内没补上，还能继续做乳腺摄影吗", "zh-TW", "不可以："),
])
def test_making_up_what_is_short_meets_the_rules_own_word(question: str, lang: str, word: str) -> None:
    # 補足 / 補上 are the regulation's 補齊: the condition 未能如期補齊者 is the question's, 應停止操作 answers
    assert line_for(question, "hpa-mammo/2.1.2.1", lang).startswith(word)


@pytest.mark.parametrize(("question", "kind"), [
    ("申請資格這幾條要同時符合嗎？", "yes_no"),
    ("那幾項條件是擇一就好嗎", "yes_no"),
    ("申請資格有幾條？", "number"),  # 幾 asking how many still asks a number
    ("do they check the dose? and the phantom image?", "yes_no"),
    ("實測會查壓迫裝置嗎？那螢幕呢？", "yes_no"),
    ("how many screenings a day? and per month?", "number"),
])
def test_the_piece_that_asks(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize(("question", "clause"), [
    ("can one application cover a couple of domains together, or only a single domain?", "tsir-instructor/2"),
    ("For a poster claim do I need to send the programme cover, or does the society already have it?",
     "tsa-cme/5.6.1"),
    ("on the on-site test do they measure the half-value layer? and the AEC reproducibility?", "hpa-mammo/1.2.1.1"),
])
def test_english_yes_no_questions_lead_with_their_polarity(question: str, clause: str) -> None:
    assert line_for(question, clause, "en").startswith("Yes:")


@pytest.mark.parametrize(("question", "lang", "word"), [
    ("醫院年篩檢量超過合理量 10% 以上，超過的部分國健署還會給付嗎？", "zh-TW", "不會："),
    ("If a facility is more than 10% over its reasonable yearly volume, is the surplus still paid for?", "en", "No:"),
])
def test_a_bare_subject_and_its_verdict_are_one_segment(question: str, lang: str, word: str) -> None:
    # "…者，超過合理量 10% 以上部分之篩檢費用，本署得不予給付": the fee is the subject, 不予給付 the verdict on it
    assert line_for(question, "hpa-mammo/2.1.2.3.2", lang).startswith(word)


@pytest.mark.parametrize(("question", "lang"), [
    ("放射技師自己選的那組影像，要拿幾分以上才算 A 等？", "zh-TW"),
    ("RT 自行挑的片子送审，至少多少分才是 A？", "zh-TW"),
])
def test_what_people_call_the_self_selected_set_meets_its_row(question: str, lang: str) -> None:
    # 自己選 / 自行挑 = 自選片, 放射技師 / RT = 放射師: the grade table's row answers with its figure
    line = direct_line(question, hits("hpa-mammo/2.1.2.2.1"), CORPUS, lang)
    assert line.confident and "360" in line.text, line.text


@pytest.mark.parametrize("question", ["我們院裡用 CR，實地測試有沒有加測的項目？", "院里是CR系统，实测会不会多测东西"])
def test_a_two_letter_term_is_a_term(question: str) -> None:
    # CR is the whole topic of 一(二)1(2) "若有曝露指標(CR系統)": the line answers, not "no sentence answers"
    line = direct_line(question, hits("hpa-mammo/1.2.1.2"), CORPUS, "zh-TW")
    assert line.confident and "CR" in line.text, line.text


@pytest.mark.parametrize(("question", "lang"), [
    ("抽選的影像是從多久期間內拍的片子裡抽？", "zh-TW"),
    ("Within how long before must the images HPA samples have been taken?", "en"),
])
def test_a_period_asked_for_comes_from_the_close_hit_that_states_one(question: str, lang: str) -> None:
    # the note on the sampled score (best) states no period; 一(三)2 "過去一年內所拍攝" (next) does
    line = direct_line(question, hits("hpa-mammo/2.1.2.2.1.n2", "hpa-mammo/1.3.2"), CORPUS, lang)
    assert line.cited == ["hpa-mammo/1.3.2"] and ("1 年" in line.text or "1 year" in line.text), line.text


def test_a_best_hit_that_states_the_figure_keeps_the_line() -> None:
    line = direct_line("乳攝車每名放射師一天最多拍幾案？", hits("hpa-mammo/2.4.1", "hpa-mammo/2.1.2.3.2"), CORPUS, "zh-TW")
    assert line.cited == ["hpa-mammo/2.4.1"] and "40" in line.text, line.text
