"""Round 14 rules classes (issue 10), new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. a grade the question states, in English too ("came back with a D on…", "scored a D on…", "got a D in…"), chooses the
   grade table with a row for it (not "評等為 A、B、C 者…", the others' exceptions) and that row's sentence; "may it keep
   going?" met by the row's stop or bar is no, whatever the row also requires for getting it back (須經複測通過);
2. whether something includes an item ("do the working days include holidays?", "有包含例假日嗎") met by a text stating
   the inclusion (工作天數（含例假日）, "incl. holidays") is yes — another part of the sentence barring something else
   (超過…部分…不予給付) is no denial of it;
3. what the question sets aside ("除了圈期刊名、題目，還要寫什麼") naming only part of the best item's own list
   (雜誌名稱、題目、作者姓名、刊登日期…並註明會員號碼及中文姓名) keeps that item first: the rest of its list is the answer
   (the step passed over it before: cy-tsa-026);
4. of two items of one clause, the one alone holding what the question asks be done (圈 / circle / highlight / mark:
   圈選出來) answers, not the one holding only the object it is done on (the programme cover, the offprint copy).

Retrieval uses the real index (the session's `retriever` fixture); every first line is checked against its clause
(evals.first_line.unsupported)."""

from __future__ import annotations

import pytest

from bot.rules_answer import direct_line
from evals.first_line import AFFIRMATIVE, NEGATIVE, unsupported
from knowledge.ranges import asked_grades, row_grades
from knowledge.siblings import pass_over_set_aside, prefer_sibling, set_aside
from tests.bot.first_line_support import CORPUS, supported


# ------------------------------------------------------------------ 1. the row for the stated grade

KEEP_GOING_UNIT = [
    ("en", "our unit scored a D on the phantom image test, can we carry on screening with it?"),
    ("en", "the unit came back with a D on one phantom item - can we still screen with it while waiting for the retest?"),
    ("zh-TW", "壓迫測試這台拿 D 等，還可以拿來做國健署的篩檢嗎"),
    ("zh-TW", "我们的机器品管测试有一项拿到 D，还能继续用来做筛检吗"),
]
KEEP_GOING_RADIOGRAPHER = [
    ("en", "the radiographer came back with a D on the self-selected set; is she allowed to keep imaging?"),
    ("en", "if a tech gets a D in the clinical image review, can she go on shooting till she does the training?"),
    ("zh-TW", "放射師抽選片被評 D 等，還可以繼續拍嗎？"),
]


@pytest.mark.parametrize(("lang", "question"), KEEP_GOING_UNIT)
def test_a_unit_graded_d_may_not_keep_screening(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/2.2.1.2", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize(("lang", "question"), KEEP_GOING_RADIOGRAPHER)
def test_a_radiographer_graded_d_may_not_keep_imaging(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/2.1.2.2.2", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize("question", [
    "放射師自選片評 B 等，還能繼續照嗎？",  # (B: she may, if she attends the meeting before the next review)
    "my radiographer was rated C on the self-selected films; may she keep doing mammograms for now?",
])
def test_a_row_that_stops_only_if_a_duty_is_missed_gets_no_polarity(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert not NEGATIVE.match(line.text) and not AFFIRMATIVE.match(line.text), (question, line.text)


@pytest.mark.parametrize(("question", "grades"), [
    ("the unit came back with a D on one phantom item", {"d"}),
    ("she scored a C in the sampled set", {"c"}),
    ("got a B overall", {"b"}),
    ("機構影像評等沒拿A要接受什麼輔導", set()),  # a grade denied names no row
    ("we got a new unit last month", set()),  # an article, not a grade
])
def test_the_grades_a_question_states(question: str, grades: set[str]) -> None:
    assert asked_grades(question) == grades, question


def test_the_others_exceptions_have_rows_for_a_b_c_only() -> None:
    assert row_grades(CORPUS.get("hpa-mammo/2.2.2").text) == {"a", "b", "c"}
    assert "d" in row_grades(CORPUS.get("hpa-mammo/2.2.1.2").text)


# ------------------------------------------------------------------ 2. whether something is included

INCLUDED = [
    ("en", "does the radiographers' work-day count for the annual reasonable volume include holidays?"),
    ("en", "for the facility's yearly reasonable volume, do our radiographers' working days include public holidays?"),
    ("zh-TW", "機構合理量算放射師工作天數的時候，有包含例假日嗎？"),
    ("zh-TW", "算合理量的工作天数含不含周末假日"),
    ("zh-TW", "合理量公式的工作天數，國定假日也算在內嗎"),
]


@pytest.mark.parametrize(("lang", "question"), INCLUDED)
def test_an_inclusion_the_text_states_is_yes(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/2.1.2.3.2", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 3. part of the best item's list set aside

PART_OF_LIST = [
    (["tsa-cme/5.7.3", "tsa-cme/5.7.2", "tsa-cme/5.7.1"], "SCI論文影本上，除了雜誌名稱跟題目之外，還要註明什麼？"),
    (["tsa-cme/5.8.3", "tsa-cme/5.8.1"], "非SCI论文除了圈题目和作者姓名，还要写什么"),
    (["tsa-cme/5.8.3", "tsa-cme/5.8.1"], "non-SCI paper: apart from circling the title and the journal name, what else goes on the copy?"),
    (["tsa-cme/5.6.2", "tsa-cme/5.6.1", "tsa-cme/5.6.3"], "發表積分的議程上除了圈日期、地點，還要圈哪些？"),
    (["tsa-cme/5.6.2", "tsa-cme/5.6.3"], "besides the date and the venue, what else do I circle on the programme for my talk?"),
]


@pytest.mark.parametrize(("ranked", "question"), PART_OF_LIST)
def test_the_item_whose_list_is_only_partly_set_aside_stays_first(ranked: list[str], question: str) -> None:
    assert set_aside(question), question
    assert pass_over_set_aside(question, ranked, CORPUS)[0] == ranked[0], question


def test_a_one_thing_item_set_aside_still_gives_way() -> None:
    ranked = ["tsa-cme/5.7.1", "tsa-cme/5.7.2", "tsa-cme/5.8.1"]
    assert pass_over_set_aside("SCI論文除了期刊是SCI的證明以外還要交什麼", ranked, CORPUS)[0] == "tsa-cme/5.7.2"


# ------------------------------------------------------------------ 4. the sibling holding what is asked be done

ASKED_VERB = [
    ([("tsa-cme/5.6.1", 1.0), ("tsa-cme/5.6.2", 0.9), ("tsa-cme/5.6.3", 0.8)], "tsa-cme/5.6.2",
     "poster的议程封面复印件上要圈什么"),
    ([("tsa-cme/5.6.1", 1.0), ("tsa-cme/5.6.2", 0.9), ("tsa-cme/5.6.3", 0.8)], "tsa-cme/5.6.2",
     "oral presentation credits: on the agenda cover copy, what must I mark?"),
    ([("tsa-cme/5.8.1", 1.0), ("tsa-cme/5.8.3", 0.9)], "tsa-cme/5.8.3", "non-SCI paper: on the reprint copy, what do I need to mark?"),
    ([("tsa-cme/5.7.2", 1.0), ("tsa-cme/5.7.3", 0.9), ("tsa-cme/5.7.1", 0.8)], "tsa-cme/5.7.3",
     "SCI論文抽印本影本上面需要圈什麼？"),
    ([("tsa-cme/5.7.2", 1.0), ("tsa-cme/5.7.3", 0.9), ("tsa-cme/5.7.1", 0.8)], "tsa-cme/5.7.3",
     "what do I have to circle on the offprint copy of my SCI paper?"),
]


@pytest.mark.parametrize(("ranked", "gold", "question"), ASKED_VERB)
def test_the_sibling_holding_the_asked_verb_goes_first(ranked: list[tuple[str, float]], gold: str, question: str) -> None:
    assert prefer_sibling(question, ranked, CORPUS)[0][0] == gold, question


@pytest.mark.parametrize("question", ["要附議程封面影本嗎？", "do I need to attach the programme cover?"])
def test_a_question_about_the_object_itself_keeps_its_item(question: str) -> None:
    ranked = [("tsa-cme/5.6.1", 1.0), ("tsa-cme/5.6.2", 0.9), ("tsa-cme/5.6.3", 0.8)]
    assert prefer_sibling(question, ranked, CORPUS)[0][0] == "tsa-cme/5.6.1", question


# ------------------------------------------------------------------ 5. the case the question states is another sentence's condition

EXEMPT_CASE = [
    ("zh-TW", "我們是外科系醫學會，送積分認定申請還要繳1000元嗎？"),
    ("en", "our application form is signed and stamped by the surgery department head - do we still pay the 1,000 fee?"),
    ("zh-TW", "申请资料有外科部主任签名盖职章的话，那一千块还要汇吗"),
    ("zh-TW", "我們醫院的申請資料已經給外科部主任簽名蓋章了，這樣還要付申請費嗎"),
    ("en", "we're a surgical subspecialty society applying for course credits; is the NT$1000 charge still due?"),
]


@pytest.mark.parametrize(("lang", "question"), EXEMPT_CASE)
def test_the_exemption_whose_condition_the_question_states_answers_no(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "tsa-cme/4.3", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize("question", ["醫院辦的課程送積分認定申請要繳費嗎？", "do hospitals have to pay a fee to get a course accredited for credits?"])
def test_without_the_exempt_case_the_fee_stands(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert not NEGATIVE.match(line.text), (question, line.text)


# ------------------------------------------------------------------ 6. "fixed?" against a rule that changes; a follow-up asked only "if so"

FIXED = [
    "後續審查的評分標準是固定不變的嗎？如果有調整會通知嗎",
    "后续审查的标准是不是一直固定？",
    "後續審查的審查標準是一律固定嗎",
    "後審標準是不是固定的？有的話就不用每年重看了吧",
    "乳攝後續審查的標準固定嗎？若有修改會公告嗎",
]


@pytest.mark.parametrize("question", FIXED)
def test_fixed_standards_are_denied_by_the_yearly_adjustment(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "hpa-mammo/2", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, "zh-TW")
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize(("question", "piece"), [
    ("標準固定嗎？有改的話會公告嗎", "標準固定嗎？"),
    ("是每年都要審嗎？如果是的話什麼時候通知", "是每年都要審嗎？"),
    ("does the society charge a fee? if so, how do we pay it?", "does the society charge a fee?"),
    ("有上限嗎？有的話是多少？", "有上限嗎？"),
    ("要附證明嗎？還要附什麼？", "還要附什麼？"),  # (a second question of its own, not asked "if so")
])
def test_a_piece_asked_only_if_so_is_not_the_one_that_asks(question: str, piece: str) -> None:
    from bot.rules_answer import yes_no_piece
    from knowledge.textnorm import fold

    assert yes_no_piece(fold(question)).strip() == fold(piece), question


# ------------------------------------------------------------------ 7. "what discrepancy / level / ratio …" asks a figure

@pytest.mark.parametrize("question", [
    "what negative discordance on the re-read makes a radiologist stop reading immediately?",
    "what positive re-read discrepancy means a reader has to stop reading right away?",
    "which level of re-read discrepancy triggers an immediate stop for the reading physician?",
    "what ratio of missed follow-ups leads to a deduction?",
    "what proportion of suspected-positive cases must be followed up?",
])
def test_what_measure_asks_a_number(question: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == "number", question


@pytest.mark.parametrize("question", [
    "what negative discordance on the re-read makes a radiologist stop reading immediately?",
    "what positive re-read discrepancy means a reader has to stop reading right away?",
    "at what re-read discrepancy is a radiologist told to stop reading at once?",
])
def test_a_heading_first_gives_way_to_its_item_with_the_figure(retriever, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, "en")
    assert line.cited[0] == "hpa-mammo/2.1.1.2.3", (question, line.text)  # (the suspension row may be given beside it)
    assert "20%" in line.text and "60%" in line.text, line.text
    assert not unsupported(line.text, [CORPUS.full_text(c) for c in line.cited] + [CORPUS.get(c).label for c in line.cited])


# ------------------------------------------------------------------ 8. an English word for the regulation's term: random (抽選)

@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/1.3.2", "how old can the images in the random sample be?"),
    ("hpa-mammo/1.3.2", "the randomly chosen mammograms - from what period are they taken?"),
    ("hpa-mammo/1.3.2", "which mammograms does HPA pick at random for the image evaluation?"),
    ("hpa-mammo/1.3.2", "randomly drawn films for the review: taken within how long?"),
    ("hpa-mammo/1.3.2", "who picks the random images, and from which radiographers?"),
])
def test_english_words_for_the_regulations_terms(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 9. a lapse stated in English; English glued to Chinese

LAPSED = [
    ("hpa-mammo/2.1.2.1", "the radiographer didn't make up her CE hours within six months - is she still allowed to do mammograms?"),
    ("hpa-mammo/2.1.2.1", "our radiographer is missing continuing education hours and the make-up window has passed; can she keep imaging?"),
    ("hpa-mammo/2.1.2.1", "tech missed the 6-month catch-up on CE credits, ok for her to keep shooting?"),
    ("hpa-mammo/2.1.2.1", "放射師繼續教育沒在六個月內補齊，還可以繼續照嗎"),
    ("hpa-mammo/2.1.1.1", "判讀醫師的繼續教育時數過了六個月還沒補齊，可以繼續判讀嗎？"),
]


@pytest.mark.parametrize(("gold", "question"), LAPSED)
def test_a_lapse_past_the_make_up_window_stops_the_work(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, "en" if question.isascii() else "zh-TW")
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize(("question", "term"), [
    ("poster申請要附abstract嗎", "摘要"),
    ("壁報的abstract也要交嗎", "摘要"),
    ("申请poster积分要附abstract吗", "壁報"),
    ("放射師的CE hours不夠怎麼辦", "繼續教育"),
    ("乳攝車的radiographer一天可以拍幾案", "放射師"),
])
def test_an_english_word_glued_to_chinese_is_still_read(question: str, term: str) -> None:
    from knowledge.lexical import expand_query

    assert term in expand_query(question), (question, expand_query(question))


@pytest.mark.parametrize(("lang", "question"), [
    ("zh-TW", "壁報的abstract也要交嗎"),
    ("zh-TW", "申请poster积分要附abstract吗"),
    ("zh-TW", "口頭報告申請積分，abstract影本需要附嗎？"),
    ("en", "for an oral presentation claim, do I attach the abstract?"),
])
def test_the_abstract_is_required(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    assert hits[0].clause.id == "tsa-cme/5.6.3", (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert AFFIRMATIVE.match(line.text), (question, line.text)


# ------------------------------------------------------------------ 10. whether there is a rule at all

EXISTS = [
    ("hpa-mammo/2.4.1", "zh-TW", "乳攝車每天拍的量有規定嗎？"),
    ("hpa-mammo/2.1.2.3.1", "en", "is there a rule on how many screenings a radiographer can do a month?"),
    ("hpa-mammo/2.1.1.1", "zh-TW", "判讀醫師的繼續教育有沒有相關規定"),
    ("tsir-instructor/1.2", "zh-TW", "指导老师的个案数有没有规定？"),  # (its own 不須 is a rule: never "沒有")
    ("hpa-mammo/2.1.2.3", "zh-TW", "放射師自己的乳攝量有沒有規範？每個月跟整年都算嗎"),
]


@pytest.mark.parametrize(("gold", "lang", "question"), EXISTS)
def test_a_rule_on_it_is_a_yes_to_whether_there_is_one(retriever, gold: str, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited[0] == gold, (question, line.cited)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 11. a heading first: its item holding the question answers

HEADING_ITEM = [
    ("en", "can HPA audit the screening van's films at any time, or only at the regular review?"),
    ("zh-TW", "國健署可以隨時抽乳攝車的片子來審嗎？還是只有後續審查的時候？"),
    ("zh-TW", "乳攝車的片子国健署能不能随时抽查"),
    ("en", "may the HPA pull a mobile unit's past-year images for review whenever something looks abnormal?"),
    ("zh-TW", "巡迴車放射師超量的話，國健署會不會隨時來抽片？"),
]


@pytest.mark.parametrize(("lang", "question"), HEADING_ITEM)
def test_the_van_headings_item_on_sampling_answers(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited == ["hpa-mammo/2.4.2"], (question, [h.clause.id for h in hits], line.text)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text
