"""Round 24b first-line classes (new phrasings, not the eval questions' words):

- a heading over a scale asked how many levels it has, with words between 幾 and 等級 ("幾種處理等級", "how many action
  tiers"), or how it is graded ("怎麼分級的", "分級標準", "how is it tiered"): the count first and every row's band;
- a band row whose band holds the case's own figure ("陽性差異 55%" in 乙's 50%-60%) states the case: its consequence
  answers yes / no; a band passed as 超過六成 after a yes / no question, with an echo ("積分再多也沒用？") after it, is read
  from the piece that asks;
- an English lapse ("never went to", "skipped", "did not attend") meets the text's 未參加者 as the Chinese 沒去 does;
- "還得 X 才能 Y 嗎": the need of X is asked (需要), Y is its purpose (not a 可以);
- a need asked of a row that only advises (甲、…建議…參加): 不需要 / No, never 需要;
- a chatty "how many credits" question naming a credited activity in the calculators' own words ("ACS 年會", "國外研討會",
  "ASCRS") met first by that activity's clause: its figure, not "no sentence answers", and no other activity's as a rival;
- a heading over measures asked for its measures (also "where are the measures …?"), in English: every item's measure,
  not only the rows' conditions;
- an appendix asked by its number ("附表幾", "哪個附表", "which appendix") after a story of figures (幾學分、幾年): a
  designation asked (where), answered by the clause naming the appendix, not the figures' clause ranked above it.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import UNSURE, _activity_named, yes_no_piece, answer_kind, asks_scale
from tests.bot.first_line_support import CORPUS
from knowledge.textnorm import fold
from tests.bot.first_line_support import line_for, supported

DISCREPANCY = ["hpa-mammo/2.1.1.2", "hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2.3"]


@pytest.mark.parametrize(("question", "lang"), [
    ("複判差異一共有幾個處置級別？", "zh-TW"),
    ("复判差异的结果分成几种处理等级？", "zh-TW"),
    ("判讀醫師複判差異評估有幾種評定等級？", "zh-TW"),
    ("How many action tiers does the re-read discrepancy evaluation have?", "en"),
])
def test_a_count_of_levels_with_words_between_is_the_scales_count(question: str, lang: str) -> None:
    line = line_for(question, DISCREPANCY, lang)
    assert line.startswith("分四級：" if lang == "zh-TW" else "4 levels: "), line
    assert "60%" in line or "60 %" in line, line  # the rows' bands, not only their headings
    assert supported(line, DISCREPANCY)


@pytest.mark.parametrize(("question", "lang", "band"), [
    ("複判差異性評估的分級標準是什麼？", "zh-TW", "40%-50%"),
    ("复判差异是根据什么来分级的？", "zh-TW", "7%-15%"),
    ("判讀醫師的複判差異怎麼分等？", "zh-TW", "15%-20%"),
    ("How is the re-read discrepancy evaluation tiered?", "en", "40–50%"),
    ("what are the bands for the re-read discrepancy evaluation", "en", "7–15%"),
])
def test_how_a_scale_is_graded_gives_every_rows_band(question: str, lang: str, band: str) -> None:
    line = line_for(question, DISCREPANCY, lang)
    assert band in line and ("陰性" in line or "negative" in line), line
    assert supported(line, DISCREPANCY)


@pytest.mark.parametrize(("question", "asked"), [
    ("分成幾種處理等級", True), ("几个评分级距", True), ("怎麼分級的", True), ("how many outcome levels are there", True),
    ("要等幾個月", False), ("幾年升一次級", False), ("how many credits", False), ("怎麼申請", False),
])
def test_asks_scale(question: str, asked: bool) -> None:
    assert asks_scale(question) is asked


def test_a_heading_not_asked_its_scale_keeps_its_item_names() -> None:
    line = line_for("複判差異性評估要做什麼？", DISCREPANCY, "zh-TW")
    assert not line.startswith("分四級") and "停權" in line, line


DISCREPANCY_ROWS = ["hpa-mammo/2.1.1.2.2", "hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2.3"]
STOP_ROW = ["hpa-mammo/2.1.1.2.3", "hpa-mammo/2.1.1.2.1", "hpa-mammo/2.1.1.2.2"]


@pytest.mark.parametrize(("question", "lead"), [
    ("陰性差異16%，是不是一定要考過跑片考試？", "是"),
    ("陽性複判差異52%，需要通過跑片考試嗎？", "需要"),
    ("阴性复判差异18%，还得考过跑片考试才可以继续判读吗？", "需要"),
    ("陽性差異58%，除了參加座談會，是不是還得考跑片考試才能繼續看片？", "是"),
])
def test_a_figure_inside_a_rows_band_is_the_rows_case(question: str, lead: str) -> None:
    line = line_for(question, DISCREPANCY_ROWS, "zh-TW")
    assert line.startswith(lead + "：") and "跑片考試" in line, line
    assert supported(line, DISCREPANCY_ROWS)


@pytest.mark.parametrize(("question", "lead"), [
    ("陽性差異45%，還得考過跑片考試才能繼續判讀嗎？", "不需要"),
    ("阴性差异10%，要参加座谈会吗？", "不需要"),
    ("positive discrepancy 45% - does he need to attend the seminar?", "No"),
])
def test_a_need_asked_of_an_advising_row_is_no(question: str, lead: str) -> None:
    lang = "en" if question.isascii() else "zh-TW"
    line = line_for(question, DISCREPANCY_ROWS, lang)
    assert line.startswith(lead + ("：" if lang == "zh-TW" else ":")), line
    assert not line.startswith("需要") and supported(line, DISCREPANCY_ROWS)


@pytest.mark.parametrize(("question", "lead"), [
    ("陽性複判差異超過六成是不是直接停判？考過試也沒差？", "是"),
    ("阴性复判差异超过两成是不是要立刻停止判读？学分修满也一样？", "是"),
    ("陽性差異超過60%會被立刻停判嗎？之前考過也沒用？", "會"),
])
def test_a_passed_band_asked_before_an_echo_is_answered(question: str, lead: str) -> None:
    line = line_for(question, STOP_ROW, "zh-TW")
    assert line.startswith(lead + "：") and "立即停止判讀" in line, line
    assert supported(line, STOP_ROW)


@pytest.mark.parametrize(("text", "piece"), [
    ("超過六成是不是馬上停判?積分再多也沒用?", "超過六成是不是馬上停判?"),
    ("可以抵嗎?那國外的呢?", "那國外的呢?"),  # an elliptic second ask keeps its place
    ("可以蓋章嗎?或請同事代簽?", "或請同事代簽?"),  # an alternative asked after: no echo
    ("要交嗎?交什麼?", "交什麼?"),  # a wh-word asks: no echo (which piece asks is `yes_no_piece`'s own rule)
])
def test_an_echo_after_the_ask_is_not_the_ask(text: str, piece: str) -> None:
    assert yes_no_piece(fold(text)) == fold(piece)


@pytest.mark.parametrize("question", [
    "doc had 53% discrepancy on positives and never went to the seminar. can she keep reading screens?",
    "Our radiologist skipped the case conference after a 52% positive discrepancy; may she continue reading?",
    "positive discrepancy was 58% and he did not attend the seminar. Can he still read mammograms?",
    "16% negative discrepancy, missed the case conference — can she keep reading?",
])
def test_an_english_lapse_meets_the_texts_unattended_case(question: str) -> None:
    line = line_for(question, DISCREPANCY_ROWS, "en")
    assert line.startswith("No:"), line
    assert supported(line, DISCREPANCY_ROWS)


def test_an_english_case_that_attended_gets_no_no() -> None:
    line = line_for("he had 55% on positives, attended the seminar and passed the reading exam; can he keep reading?",
                    DISCREPANCY_ROWS, "en")
    assert not line.startswith("No"), line


OVERSEAS = ["tsa-cme/5.4", "tsa-cme/5.1", "tsa-cme/7"]


@pytest.mark.parametrize(("question", "lang"), [
    ("下禮拜要去東京參加日本外科學會，回來可以認幾分啊", "zh-TW"),
    ("暑假飛去香港開國際研討會，這樣能拿幾分", "zh-TW"),
    ("明年去波士顿开ACS年会，学分给多少？", "zh-TW"),
    ("off to an international congress in Seoul next month, how many credits do I get for it?", "en"),
])
def test_a_named_activity_asked_its_figure_is_answered_by_its_clause(question: str, lang: str) -> None:
    line = line_for(question, OVERSEAS, lang)
    assert line not in UNSURE.values() and "30" in line and "60" not in line, line
    assert supported(line, OVERSEAS)


@pytest.mark.parametrize(("question", "clause", "named"), [
    ("去開ACS年會算幾分", "tsa-cme/5.4", True),  # (the 年會 inside the name names no TSA annual meeting)
    ("壁報算幾分", "tsa-cme/5.6", True),
    ("去開ACS年會算幾分", "tsa-cme/5.1", False),  # another activity's clause
    ("年會跟國外會議各幾分", "tsa-cme/5.4", False),  # two activities named: neither alone
    ("國外會議算幾分", "tsir-instructor/5.4", False),  # another regulation's clause
])
def test_activity_named(question: str, clause: str, named: bool) -> None:
    assert _activity_named(question, CORPUS.get(clause)) is named


MEASURES = ["hpa-mammo/2.3.2", "hpa-mammo/2.3", "hpa-mammo/2.1.2.2"]


@pytest.mark.parametrize(("question", "lang"), [
    ("what happens to a facility whose clinical image grades are bad?", "en"),
    ("what measures kick in after a hospital fails its self-assessment indicators or gets B/C/D images?", "en"),
    ("which section has the remedial measures for poor image grades?", "en"),
    ("臨床影像評估的輔導措施寫在哪裡？", "zh-TW"),
    ("影像评等不好的医院有哪些辅导措施？", "zh-TW"),
])
def test_a_measures_heading_gives_every_items_measure(question: str, lang: str) -> None:
    line = line_for(question, MEASURES, lang)
    assert ("QC meeting" in line and "self-assessment" in line) if lang == "en" else \
        ("品管討論會" in line and "自我評量" in line), line
    assert supported(line, MEASURES)


FORM = ["hpa-mammo/2.1.1.1", "hpa-mammo/2.6", "hpa-mammo/2.1.1"]


@pytest.mark.parametrize(("question", "lang"), [
    ("醫師要補幾小時繼續教育、要幾年經驗，是看後續審查表對吧？那張表是附表幾？", "zh-TW"),
    ("放射师要几年经验是写在后续审查表里吗？那个表是哪个附表？", "zh-TW"),
    ("判讀醫師的積分規定要去看後續審查表，是第幾個附表？", "zh-TW"),
    ("the CE hours and years of experience for readers are in the follow-up review form, right? which appendix is it?", "en"),
])
def test_an_appendix_asked_by_number_is_answered_by_the_clause_naming_it(question: str, lang: str) -> None:
    assert answer_kind(question) == "where"
    line = line_for(question, FORM, lang)
    assert "附表二" in line or "Appendix Table 2" in line, line
    assert supported(line, FORM)


@pytest.mark.parametrize("question", ["附表二有幾項？", "要幾學分？", "how many appendix tables are there?"])
def test_a_count_is_still_a_number(question: str) -> None:
    assert answer_kind(question) == "number"
