"""Round 15 rules classes (issue 10), new phrasings of our own in zh-TW, zh-CN and English — never the eval sentences:

1. a value the question states inside a band the row states ("陽性差異 58%" in "疑似陽性…50%-60%"), asked "除了X以外還要Y嗎"
   / "do they also have to…": the row's requirement holds for the case — a yes (the figure is not in the text, but its
   band is); a value of the other measure (陰性 55%) is not in the 陽性 band;
2. whether something includes an item asked A-not-A ("含不含", "包不包含") or with "有沒有包含" and no question mark: the
   verb is the inclusion one (有含 / 不含), the item is found by its head ("週末假日" against "例假日"), a close hit
   stating the inclusion answers in place of a best hit that does not hold the item, and a best hit not holding it
   gets no 有;
3. a calendar year ("85年衛生署那個函", "民國 90 年") is no figure the rule is put to;
4. 這幾年 / 最近幾年 / 過去幾年 are a span the person speaks of, not a "how many years?";
5. two asks in one message, a period and a figure ("多久…一次？總共…幾分"): the clause stating both answers;
6. an English time or condition clause first ("when I submit…, do I need…?"): the auxiliary after it asks yes / no;
7. a verb of handing in (include, attach, enclose) tells no item of an application's documents from another: what is
   handed in (the reprint) chooses the item;
8. a case stated by what did not happen ("never had surgery", "refused surgery", "沒做手術", "拒絕手術"): the clause
   ruling on that case ("無手術者…評估是否列為追蹤完成數") answers, and a rule leaving it to judgement gets no yes (the
   line states the reason asked for and who judges); a patient's surgery names no surgical society;
9. English synonym families: a spell of training elsewhere (observership, fellowship, visiting fellow → 進修), an
   operation on a patient (had / refused surgery → 手術, not the Surgical Association's 外科).

Retrieval uses the real index (the session's `retriever` fixture); every first line is checked against its clause
(evals.first_line.unsupported)."""

from __future__ import annotations

import pytest

from bot.rules_answer import _STATED_FIGURE, answer_kind, asked_kinds, direct_line
from evals.first_line import AFFIRMATIVE, NEGATIVE
from knowledge.lexical import expand_query
from knowledge.lookup import doc_hints
from knowledge.ranges import value_in_band
from knowledge.siblings import predicate_terms
from tests.bot.first_line_support import CORPUS, supported


# ------------------------------------------------------------------ 1. a stated value inside the row's band

BAND_YES = [
    ("zh-TW", "陽性複判差異 58%，除了判片座談會還要考跑片嗎？"),
    ("zh-TW", "阴性复判差异17%，除了座谈会之外还需要通过跑片考试吗"),
    ("zh-TW", "疑似陽性差異 53%，這樣也要參加個案討論會嗎"),
    ("zh-TW", "陰性差異 16%，跑片考試也要考嗎？"),
    ("en", "our reader's positive discrepancy came out at 52% - besides the reading seminar, does she also have to pass "
           "the film-reading exam?"),
]


@pytest.mark.parametrize(("lang", "question"), BAND_YES)
def test_a_value_inside_the_rows_band_meets_its_requirement(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.1.1.2.2", (question, line.cited)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


def test_a_value_is_in_the_band_of_its_own_measure_only() -> None:
    row = CORPUS.get("hpa-mammo/2.1.1.2.2").text
    assert value_in_band("陽性差異 55%", row)
    assert value_in_band("negative 18%... 陰性 18%", row)
    assert not value_in_band("陰性差異 55%", row)  # 55 is in the 陽性 band only
    assert not value_in_band("陽性差異 70%", row)
    assert not value_in_band("差異超過 55% 以上", row)  # a bound, not a value


# ------------------------------------------------------------------ 2. includes an item, asked A-not-A

INCLUDES_YES = [
    ("zh-TW", "合理量算的工作天數包不包含國定假日？"),
    ("zh-TW", "工作天数含不含例假日啊"),
    ("zh-TW", "年合理量那個天數含不含例假日？"),
    ("zh-TW", "算年合理量的時候，放射師工作天數含不含休假日"),
    ("zh-TW", "机构年合理量用的工作天数包不包括周末假日？"),
]


@pytest.mark.parametrize(("lang", "question"), INCLUDES_YES)
def test_whether_the_working_days_include_holidays_is_yes(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5)
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.1.2.3.2", (question, line.cited)
    assert line.text.startswith(("有含", "有包含", "有包括")), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


def test_a_clause_not_holding_the_item_gets_no_yes(retriever) -> None:
    question = "放射師工作天數有沒有包含假日"
    line = direct_line(question, retriever.search(question, 5), CORPUS, "zh-TW")
    assert not (line.cited[0] != "hpa-mammo/2.1.2.3.2" and AFFIRMATIVE.match(line.text)), line.text


# ------------------------------------------------------------------ 3. a calendar year is no stated figure

def test_a_calendar_year_is_no_figure_put_to_the_rule() -> None:
    for text in ("85年衛生署那個函", "民國 90 年的規定", "照110年公告", "2024年開始"):
        assert _STATED_FIGURE.findall(text) == [], text
    for text, figure in (("6年內", "6"), ("證書 6 年", "6"), ("600分", "600"), ("5.5年", "5.5"), ("滿 12 個月", "12")):
        assert _STATED_FIGURE.findall(text) == [figure], text


CALENDAR_YEAR = [
    ("zh-TW", "照90年那個規定，證書到期前要自己主動申請展延嗎？還是會自動展延"),
    ("zh-TW", "衛生署85年的函釋，是說我們要在效期屆滿前自己提出展延申請嗎"),
    ("zh-TW", "民国85年那个函，专科医师要自己主动跟学会申请展延吗"),
]


@pytest.mark.parametrize(("lang", "question"), CALENDAR_YEAR)
def test_a_question_naming_a_years_letter_still_gets_its_yes(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0].startswith("tsa-cme/11"), (question, line.cited)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 4. 這幾年 is a span, not a question

@pytest.mark.parametrize("question", [
    "我這幾年當過4次座長，消融那項可以免附個案數嗎",
    "最近幾年我當了三次座長，RFA這項可以不用附個案數嗎",
    "過去幾年在國外介入研討會演講過5次，栓塞那項還需要附case數證明嗎",
    "这几年讲过三次TACE，是不是可以不附病例数",
    "那幾次演講都是受邀的，算得上免附個案數的條件嗎",
])
def test_these_few_years_ask_no_period(question: str) -> None:
    assert answer_kind(question) == "yes_no", question


@pytest.mark.parametrize("question", ["證書幾年要換一次？", "要進修幾個月才算？"])
def test_a_real_how_many_years_still_asks_a_period(question: str) -> None:
    assert answer_kind(question) in ("period", "number"), question


# ------------------------------------------------------------------ 5. a period and a figure asked together

BOTH_ASKS = [
    ("zh-TW", "外科專科證書幾年要換一次？要累積多少分？"),
    ("zh-TW", "外專效期多長，換證總共要幾分？"),
    ("en", "how long is the surgical specialist certificate good for, and how many credits do I need to renew it?"),
    ("zh-TW", "专科医师证书多久展延一次，总共要多少学分"),
    ("en", "surgical board cert - how often do I renew it? and how many CME points in total?"),
]


@pytest.mark.parametrize(("lang", "question"), BOTH_ASKS)
def test_a_period_and_a_figure_asked_together_get_the_clause_stating_both(retriever, lang: str, question: str) -> None:
    assert {"period", "number"} <= set(asked_kinds(question)), question
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsa-cme/10", (question, line.cited)
    assert "6" in line.text and "600" in line.text, line.text
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 6. "when I …, do I need …?"

@pytest.mark.parametrize(("question", "kind"), [
    ("when I submit the SCI paper for credits do I need a copy of the reprint?", "yes_no"),
    ("once we pass the retest, can we use the unit again?", "yes_no"),
    ("before the review do they need the logbook?", "yes_no"),
    ("if my paper is a case report, is it halved?", "yes_no"),
    ("when I renew, how many points do I need?", "number"),
    ("when does the certificate expire?", "period"),
])
def test_an_opening_time_clause_is_no_when_question(question: str, kind: str) -> None:
    assert answer_kind(question) == kind, question


# ------------------------------------------------------------------ 7. a verb of handing in chooses no item

REPRINT = [
    ("en", "when we send in the non-SCI paper do we need to attach the reprint?"),
    ("en", "when I apply for credit for my SCI article, do I have to enclose a copy of the offprint?"),
    ("en", "if I claim points for my paper, should I include a reprint copy?"),
    ("en", "for a published SCI article, must I provide a photocopy of the offprint?"),
    ("en", "do we have to submit the article's reprint when applying for the paper credits?"),
]


@pytest.mark.parametrize(("lang", "question"), REPRINT)
def test_the_reprint_item_answers_whatever_the_verb_of_handing_in(retriever, lang: str, question: str) -> None:
    assert not predicate_terms(question) & {"include", "attach", "enclose", "provide", "submit"}, question
    hits = retriever.search(question, 5)
    assert hits[0].clause.id in ("tsa-cme/5.7.2", "tsa-cme/5.8.1"), (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 8. the case of no surgery

NO_SURGERY = [
    ("en", "category 4 patient confirmed malignant but she declined the operation - does it still count as a completed "
           "follow-up?"),
    ("en", "a cat 5 woman diagnosed with breast cancer refused surgery, can we still count her as follow-up completed?"),
    ("en", "the patient was diagnosed with cancer but refused surgery; does that case still count as follow-up completed?"),
    ("zh-TW", "确诊乳癌的个案没有接受手术，可以算追踪完成数吗"),
    ("zh-TW", "确诊乳腺癌但病人没做手术，还算追踪完成吗"),
]


@pytest.mark.parametrize(("lang", "question"), NO_SURGERY)
def test_no_surgery_is_judged_case_by_case_never_a_yes(retriever, lang: str, question: str) -> None:
    hits = retriever.search(question, 5, doc=None)
    assert "hpa-mammo/2.5.4" in [h.clause.id for h in hits[:3]], (question, [h.clause.id for h in hits])
    line = direct_line(question, hits, CORPUS, lang)
    assert line.cited[0] == "hpa-mammo/2.5.4", (question, line.cited)
    assert not AFFIRMATIVE.match(line.text), (question, line.text)  # someone judges it: no yes
    assert "理由" in line.text or "reason" in line.text, (question, line.text)  # and the line says on what
    assert supported(line.text, line.cited[0]), line.text


@pytest.mark.parametrize("question", [
    "the patient never had surgery - does that still count?",
    "she underwent surgery at another hospital, is that counted?",
    "cat 4 case refused surgery, counted as completed?",
    "no surgery was done for the cat 5 case",
])
def test_a_patients_surgery_names_no_surgical_society(question: str) -> None:
    assert "tsa-cme" not in doc_hints(question), question
    assert "外科" not in expand_query(question) and "手術" in expand_query(question), question


@pytest.mark.parametrize("question", ["Surgical Association annual meeting credits?", "surgical training abroad points",
                                      "TSA credits for surgery grand rounds"])
def test_the_surgical_society_is_still_named(question: str) -> None:
    assert doc_hints(question) == ["tsa-cme"], question


# ------------------------------------------------------------------ 9. English synonym families

@pytest.mark.parametrize("question", [
    "did a short 2 wk observership overseas. how does that get scored, is there a max?",
    "a one month observership in a domestic medical center - how is it scored?",
    "how are credits for a clinical fellowship abroad counted?",
    "visiting fellow at a US hospital for 3 months, credits?",
    "does a sabbatical spent training in Japan count for CME?",
])
def test_a_spell_of_training_elsewhere_is_jinxiu(retriever, question: str) -> None:
    assert "進修" in expand_query(question), question
    ids = [h.clause.id for h in retriever.search(question, 5)]
    assert any(i.startswith("tsa-cme/5.9") for i in ids[:3]), (question, ids)


# ------------------------------------------------------------------ 10. "who …?" in English names the society

WHO_EN = [
    ("for other medical lectures / CE workshops (domestic or abroad), who is delegated to determine the points?", "tsa-cme"),
    ("who recognises credits for courses not run by the society?", "tsa-cme"),
    ("who is responsible for recognising the CME credits of other related lectures at home or abroad?", "tsa-cme"),
    ("who issues the instructor certificate?", "tsir-instructor"),
    ("which body gets to approve CE points for outside lectures, domestic or overseas?", "tsa-cme"),
]
SOCIETY = {"tsa-cme": "Taiwan Surgical Association", "tsir-instructor": "Taiwan Society of Interventional Radiology"}


@pytest.mark.parametrize(("question", "doc"), WHO_EN)
def test_an_english_who_question_names_the_society(retriever, question: str, doc: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, "en")
    assert line.cited[0].startswith(doc), (question, line.cited)
    assert SOCIETY[doc] in line.text and "the society" not in line.text.lower(), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 11. a follow-up piece does not take the verdict

FIRST_ASK_YES = [
    ("zh-TW", "我今年61歲，可以申請終身的指導老師證書嗎？之後還要換證嗎"),
    ("zh-TW", "年滿六十五歲可以改申請終身指導老師嗎？以後是不是就不用再換了"),
    ("zh-TW", "我已经62岁了，能申请终身指导老师证书吗？然后还需要换证吗"),
    ("en", "I'm 63 - can I apply for the lifetime instructor certificate? and after that, do I still renew it?"),
    ("zh-TW", "滿六十歲能拿終身的指導老師證書嗎？再來還要每六年換證嗎"),
]


@pytest.mark.parametrize(("lang", "question"), FIRST_ASK_YES)
def test_the_first_ask_decides_the_polarity_not_what_follows(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsir-instructor/6", (question, line.cited)
    assert AFFIRMATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text


# ------------------------------------------------------------------ 12. a refusal asked, a duty stated

REFUSAL = [
    ("zh-TW", "學員申請觀察病例，老師可以婉拒嗎"),
    ("zh-TW", "指导老师能不能拒绝学员来观察病例？"),
    ("en", "can an instructor turn down a trainee who wants to observe cases?"),
    ("zh-TW", "指導老師可以不接受學員的觀察申請嗎？"),
    ("en", "may the instructor decline a trainee's request to observe his cases?"),
]


@pytest.mark.parametrize(("lang", "question"), REFUSAL)
def test_a_refusal_of_a_duty_is_not_allowed(retriever, lang: str, question: str) -> None:
    line = direct_line(question, retriever.search(question, 5), CORPUS, lang)
    assert line.cited[0] == "tsir-instructor/3", (question, line.cited)
    assert NEGATIVE.match(line.text), (question, line.text)
    assert supported(line.text, line.cited[0]), line.text
