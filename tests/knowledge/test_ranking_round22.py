"""Round 22 ranking classes, new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences.

1. A proportion in words ("超過七成", "三成到四成之間", "七成五") is the percentage the clauses write (knowledge.ranges.
   percent_words): a range the question states meets the band holding all of it (stated_ranges / within), and an open
   bound ("超過六成") the clause stating that same bound (open_bounds); the one sibling doing so is not passed over for
   another sharing more of the question's other words.

The retrieval tests use the real corpus and the real index (the session's `retriever` fixture)."""

from __future__ import annotations

import pytest

from knowledge.ranges import Band, open_bounds, percent_words, stated_ranges, within


# ------------------------------------------------------------------ 1. proportions in words

@pytest.mark.parametrize(("text", "expected"), [
    ("差異超過七成怎麼辦", "差異超過70%怎麼辦"),
    ("落在三成到四成之間", "落在30%到40%之間"),
    ("完成率只有七成五", "完成率只有75%"),
    ("比合理量多了兩成以上", "比合理量多了20%以上"),
    ("完成率低于六成", "完成率低于60%"),
])
def test_a_proportion_in_words_is_a_percentage(text: str, expected: str) -> None:
    assert percent_words(text) == expected


@pytest.mark.parametrize("text", ["他八成是忘記帶證件了", "成績單要附嗎", "組成委員會", "完成十成把握的事"])
def test_other_words_with_cheng_stay_words(text: str) -> None:
    assert percent_words(text) == text


def test_a_range_the_question_states_lies_inside_one_band() -> None:
    asked = stated_ranges("陽性差異大概在 52% 到 58% 中間")
    assert asked == [Band(52, 58, "%")]
    assert within(asked, [Band(50, 60, "%")]) and not within(asked, [Band(40, 50, "%")])
    assert not within(asked, [Band(50, 60, "分")])


def test_open_bounds_each_way() -> None:
    assert open_bounds("陰性個案複判差異超過 20%，立即停止判讀") == {("over", 20, "%")}
    assert open_bounds("平均未達 320 分；360 分以上") == {("under", 320, "分"), ("over", 360, "分")}
    assert open_bounds("差異 17%") == set()


@pytest.mark.parametrize(("gold", "question"), [
    ("hpa-mammo/2.1.1.2.3", "醫師陰性片複判差異超過兩成，是不是當場就停判？還可以繼續看片嗎"),
    ("hpa-mammo/2.1.1.2.3", "阳性个案复判差异超过六成的医生，还能不能继续看片？"),
    ("hpa-mammo/2.1.1.2.2", "陽性複判差異落在五成到六成之間，要做什麼才能繼續判讀？"),
    ("hpa-mammo/2.1.1.2.2", "阴性复判差异在16%到19%之间，医生要参加什么？"),
])
def test_the_sibling_stating_the_asked_bound_or_range_comes_first(retriever, gold: str, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == gold, (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 2. "at once" and "taken off reading" in English

@pytest.mark.parametrize(("question", "terms"), [
    ("does the doctor have to stop straight away if the rate is too high?", {"立即"}),
    ("is the suspension effective immediately or from next year?", {"立即"}),
    ("can a radiologist be barred from reading for high discordance?", {"停止判讀"}),
])
def test_everyday_english_for_at_once_and_stopped_reading(question: str, terms: set[str]) -> None:
    from knowledge.lexical import expand_query

    assert terms <= set(expand_query(question))


@pytest.mark.parametrize("question", [
    # Known gap, kept visible: both ask rankings put the heading 複判差異性評估 first (its asks: "what happens … based on
    # discrepancy rate"), more than half the fused weight, so `_first_by_majority` lifts it over 丙 that lexical and dense
    # put first. (Counting the two ask rankings once in the vote fixed this and lost 62 development questions.)
    pytest.param("Past what re-read discrepancy is a breast reader taken off reading at once?",
                 marks=pytest.mark.xfail(strict=True, reason="the heading's asks hold the majority")),
    "what discrepancy rate gets a breast radiologist stopped from reading right away?",
    "Which discrepancy figure gets a screening radiologist barred from reading straight away?",
])
def test_the_item_that_stops_reading_at_once_comes_first(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.1.1.2.3", (question, [h.clause.id for h in hits])


# ------------------------------------------------------------------ 3. parts listed with "+" under a named whole

@pytest.mark.parametrize("question", [
    "判讀醫師這塊的審查是看繼續教育+複判差異嗎？還有別的嗎",
    "后续审查对判读医师是不是看继续教育+复判差异这两样？",
    "判讀醫師的標準是不是查繼續教育時數 + 複判差異？",
])
def test_two_parts_listed_under_their_named_heading_lift_the_heading(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.1.1", (question, [h.clause.id for h in hits])


def test_one_item_holding_both_listed_parts_stays_first(retriever) -> None:
    # (both parts in one item, 一(一)1's 工作經驗及繼續教育: no heading over two items is asked)
    question = "後審的人員資格是看工作經驗+繼續教育證明嗎？要交哪些文件"
    assert retriever.search(question, 1)[0].clause.id == "hpa-mammo/1.1.1"


# ------------------------------------------------------------------ 4. a value past an open bound

def test_a_rate_or_score_past_an_open_bound_passes_it() -> None:
    from knowledge.ranges import passes

    assert passes([(27, "%")], {("over", 20, "%")}) and not passes([(18, "%")], {("over", 20, "%")})
    assert passes([(62, "%")], {("under", 70, "%")})
    assert not passes([(85, "年")], {("over", 5, "年")})  # (an ROC year is no figure past "5 年以上")
    assert not passes([(1000, "分")], {("over", 30, "分")})  # (nor a claimed score past every cap)


def test_a_value_no_band_holds_meets_the_nearest_bound_it_passes(retriever) -> None:
    from knowledge.ranges import past_by

    assert past_by([(27, "%")], {("over", 20, "%"), ("over", 60, "%")}) == 7
    assert past_by([(27, "%")], {("over", 60, "%")}) is None
    ranked = dict((name, ids) for name, _, ids in retriever.rankings("一位醫師陰性個案複判差異 27%，後果是什麼？"))
    assert ranked["range"] == ["hpa-mammo/2.1.1.2.3"]  # 丙 (陰性超過 20%), not 丁 (超過 15%: a second strike)
    assert retriever.search("医师阴性复判差异28%，会被怎么样？", 1)[0].clause.id == "hpa-mammo/2.1.1.2.3"


def test_a_value_no_band_holds_meets_the_clause_it_is_past(retriever) -> None:
    question = "A reader's negative-case discrepancy came out at 26% - what happens to her now?"
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.1.1.2.3", [h.clause.id for h in hits]


# ------------------------------------------------------------------ 5. a note against its item, for a figure to grade

@pytest.mark.parametrize(("question", "expected"), [
    ("her random-sample films averaged 347, which tier?", [(347, "分")]),
    ("the self-selected set scored 318 - is that a D?", [(318, "分")]),
    ("we did 350 cases last year", []),  # (a count, not a score)
    ("平均 335 分", []),  # (Chinese writes the unit: stated_values reads it)
])
def test_an_english_question_states_a_score_bare(question: str, expected: list) -> None:
    from knowledge.ranges import english_scores

    assert english_scores(question) == expected


@pytest.mark.parametrize("question", [
    "放射师的抽选片平均成绩 352 分，属于哪一等？",
    "my radiographer's sampled films averaged 328. where does that put her?",
])
def test_the_item_grading_the_figure_comes_before_its_note(retriever, question: str) -> None:
    hits = retriever.search(question, 3)
    assert hits[0].clause.id == "hpa-mammo/2.1.2.2.1", (question, [h.clause.id for h in hits])
