"""Round 41 (HPA rules helper): HPA rules questions whose route, first line or ranking was wrong.

1. Where the document says it ("評等跟輔導措施寫在哪一段", "which section covers …", "都有寫嗎"): the rules, never a
   calculator's question back for scores.
2. A figure heard of and put as a question ("heard it's around 550?", "聽說是550案左右？") beside a rule's figure asked: the
   rules (the heard figure is a guess at the rule, never a score of one's own to grade).
3. A score range asked as a grade ("70 到 76 分是幾等", "between 70 and 76"), or a bare score beside a band of the table put
   for confirmation ("78分算幾等？70以下是D對吧"): the grade table's row, read off it. Near misses: one's own score (我的…)
   stays computed.
4. A required combination asked ("是不是一定要一組緻密型一組非緻密型？兩組都挑非緻密的行不行"): the leave asked last for
   all of one kind is refused (不可以 / No) by 分屬…兩種不同類型 (never 可以); the need asked alone is 需要.
5. The document's own parts named in words ("part 1 section (2) … item 1", "第一部分(二)的第1項"): that clause first.
6. The re-read deadline asked ("what's the deadline?", "什麼時候前", "期限是什麼時候") with a discrepancy figure: the rule's
   period, which says within one year when the next review is more than a year away.
7. "Same every year?" met by 將逐年調整 → 不是 / No, the "if it changes, will they announce it?" after it waiting on it; a
   yes / no asked before a case supposed after it ("…還能繼續做嗎？如果全部機器都複測不過呢"), and going on asked for the
   one grade stated ("有一項D，還能用嗎") met by its row's bar → 不可以 / No.

Phrasings written for this test, besides the development question of each class; near misses beside each.
"""

from __future__ import annotations

import pytest

from evals.first_line import first_line
from knowledge.lookup import parse_references
from tests.bot.first_line_support import line_for, supported


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. where it is written ──

WHERE_WRITTEN = [
    ("放射師繼續教育積分那段我找到了，可是自選片/抽選片的評等跟輔導措施寫在哪一段？", "hpa-mammo/2.1.2.2"),
    ("乳攝車放射師的抽選片評等跟輔導措施，是寫在哪一節？", "hpa-mammo/2.4.3"),
    ("乳摄车放射师的抽选片评等跟辅导措施，写在哪一段？", "hpa-mammo/2.4.3"),
    ("Which section covers the re-read discrepancy standards for the reading physicians?", "hpa-mammo/2.1.1.2"),
    ("医院那段的辅导措施分几种情况？临床影像评等差跟自我评量指标没过都有写吗", "hpa-mammo/2.3.2"),
    ("機構那段的輔導措施，自我評量指標沒通過的情況有寫到嗎？", "hpa-mammo/2.3.2.2"),
]


@pytest.mark.parametrize(("question", "gold"), WHERE_WRITTEN)
def test_where_written_is_the_rules(ask, question: str, gold: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and gold in ids[:3], (a.route, line, ids)


# ── 2. a heard figure put as a question ──

HEARD_FIGURE = [
    "for the mobile mammo vans — what monthly volume per tech lets the agency pull a random film audit at any time? heard it's around 550?",
    "乳攝車放射師每月篩檢超過多少，國健署就可以隨時抽片？聽說是550案左右？",
    "乳摄车放射师每月筛检量超过多少，国健署就能随时抽片审查？听说大概550？",
    "how many screenings a month per tech on the van before HPA can audit them anytime? I was told 550, right?",
]


@pytest.mark.parametrize("question", HEARD_FIGURE)
def test_heard_figure_is_the_rules(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "hpa-mammo/2.4.2", (a.route, line, ids)
    assert "550" in line and supported(line, ids), line


@pytest.mark.parametrize("question", [
    # near misses: one's own figure beside the heard rule, or one's own count checked
    "I heard the sampled average of 350 is a B? my average was 350, what grade?",
    "乳攝車放射師這個月拍了 560 案，會被抽片嗎？",
])
def test_own_figure_beside_heard_stays_computed(ask, question: str) -> None:
    assert ask(question).route == "calculator"


# ── 3. a score range, or a band put for confirmation, asked as a grade ──

RANGE_GRADE = [
    ("压迫装置测试得了 70 到 76 分，这是几等？", "hpa-mammo/2.2.1.1", "C"),
    ("假體影像分析 77 到 84 分是幾等？", "hpa-mammo/2.2.1.1", "B"),
    ("抽選片平均 340-359 分算哪一等？", "hpa-mammo/2.1.2.2.1", "B"),
    ("What grade is a compression test score between 70 and 76?", "hpa-mammo/2.2.1.1", "C"),
    ("品管實地測試壓迫裝置拿78分算幾等？70以下是D對吧", "hpa-mammo/2.2.1.1", "B"),
    ("壓迫裝置 72 分算什麼等級？未達 70 是 D 對吧", "hpa-mammo/2.2.1.1", "C"),
]


@pytest.mark.parametrize(("question", "gold", "grade"), RANGE_GRADE)
def test_range_grade_is_the_table(ask, question: str, gold: str, grade: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == gold, (a.route, line, ids)
    assert grade in line and supported(line, ids), line


@pytest.mark.parametrize("question", [
    # near misses: one score of one's own, no range and no band put
    "我的壓迫裝置測試拿78分，是幾等？",
    "抽選片平均 350 分是幾等？",
])
def test_own_score_stays_computed(ask, question: str) -> None:
    assert ask(question).route == "calculator"


# ── 4. a required combination ──

COMBINATION = [
    ("自選片是不是一定要一組緻密型一組非緻密型？兩組都挑非緻密的行不行", "不可以"),
    ("自选片是不是一定要一组致密型一组非致密型？两组都挑非致密的行不行", "不可以"),
    ("自選片一定得一組緻密一組非緻密嗎？全部都送緻密型可以嗎", "不可以"),
    ("自選片一定得一組緻密一組非緻密嗎？", "需要"),
    ("自選片兩組都挑非緻密的行不行？", "不可以"),
    ("自选片两组都选致密型的可以吗？", "不可以"),
]


@pytest.mark.parametrize(("question", "lead"), COMBINATION)
def test_required_combination_polarity(question: str, lead: str) -> None:
    line = line_for(question, "hpa-mammo/1.3.1", "zh-TW")
    assert line.startswith(lead + "：") and "緻密" in line, line
    assert supported(line, "hpa-mammo/1.3.1"), line


@pytest.mark.parametrize(("question", "lead"), [
    ("Can both self-selected sets be non-dense breasts?", "No"),
    ("Do the two self-selected sets have to be one dense and one non-dense? Could we send two non-dense sets instead?", "No"),
])
def test_required_combination_polarity_en(question: str, lead: str) -> None:
    line = line_for(question, "hpa-mammo/1.3.1", "en")
    assert line.startswith(lead + ":"), line


def test_required_combination_in_the_engine(ask) -> None:
    line, ids = _line_and_ids(ask("自选片是不是一定要一组致密型一组非致密型？两组都挑非致密的行不行"))
    assert ids[0] == "hpa-mammo/1.3.1" and line.startswith("不可以："), (line, ids)


# ── 5. the document's parts named in words ──

@pytest.mark.parametrize(("question", "path"), [
    ("Quick one - under part 1 section (2) of the review doc, item 1 is which: the on-site testing or the paperwork review?",
     "1.2.1"),
    ("what does part 2 section 4 item 1 of the HPA review say?", "2.4.1"),
    ("Part II section 4 item 2 — what is it about?", "2.4.2"),
    ("第一部分(二)的第1項是實地測試還是書面考核？", "1.2.1"),
    ("第二部分第(五)節講什麼", "2.5"),
])
def test_parts_in_words_are_references(question: str, path: str) -> None:
    assert parse_references(question) == [(("hpa-mammo",), path)]


@pytest.mark.parametrize("question", ["part of the review is on-site, right?", "I only did part 2 of 3 papers"])
def test_part_without_numbers_is_no_reference(question: str) -> None:
    assert parse_references(question) == []


@pytest.mark.parametrize(("question", "gold", "held"), [
    ("Quick one - under part 1 section (2) of the review doc, item 1 is which: the on-site testing or the paperwork review?",
     "hpa-mammo/1.2.1", "on-site"),
    ("第一部分(二)的第1項是實地測試還是書面考核？", "hpa-mammo/1.2.1", "實地測試"),
    ("第一部分（二）第2项是书面考核吗？", "hpa-mammo/1.2.2", "書面考核"),
])
def test_named_part_ranks_first(ask, question: str, gold: str, held: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == gold and held in line, (line, ids)


# ── 6. the re-read deadline asked ──

DEADLINE = [
    "Reader with 17% negative discrepancy didn't go to the case conference. And our hospital's next review is like 2 years away. What's the deadline?",
    "Negative discrepancy 16%, and the next review is three years off. When's the deadline for the seminar?",
    "陰性複判差異18%，期限是什麼時候？醫院下次後續審查隔了快兩年",
    "陰性複判差異17%的醫師，我們醫院下次後續審查要兩年後，他最晚什麼時候前要參加座談會？",
]


@pytest.mark.parametrize("question", DEADLINE)
def test_reread_deadline_is_the_rule(ask, question: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "hpa-mammo/2.1.1.2.2", (a.route, line, ids)
    assert ("1 year" in line or "1 年內" in line) and supported(line, ids), line


@pytest.mark.parametrize("question", [
    # near misses: a follow-up category's own date computed; the deduction computed
    "category 0 screened 2026-03-01, what's the deadline?",
    "Our follow-up completion rate is 63%, what is the deduction?",
])
def test_computed_deadlines_stay(ask, question: str) -> None:
    assert ask(question).route == "calculator"


# ── 7. same every year; a yes / no before a case supposed; a grade's row bars going on ──

@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("審查標準每年都一樣嗎？有改會公告嗎", "zh-TW", "不是"),
    ("审查标准每年都一样吗？有变动会公告吗", "zh-TW", "不是"),
    ("審查標準是固定的嗎？要是有調整會另外公告嗎", "zh-TW", "不是"),
    ("Are the review standards the same every year? If they change, will it be announced?", "en", "No"),
])
def test_same_every_year_is_no(question: str, lang: str, lead: str) -> None:
    line = line_for(question, ["hpa-mammo/2", "hpa-mammo/2.7"], lang)
    assert line.startswith(lead) and ("逐年調整" in line or "year by year" in line), line
    assert supported(line, "hpa-mammo/2"), line


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("儀器實地測試有一項D，這台還能繼續做國健署的婦女乳攝嗎？如果全部機器都複測不過呢", "zh-TW", "不可以"),
    ("實地測試有一項D，這台機器還能繼續用嗎？", "zh-TW", "不可以"),
    ("One QC item came back D. Can we keep using that unit for HPA screening? What if none of our units pass the retest?",
     "en", "No"),
    ("One QC item came back D. Can we keep using the unit?", "en", "No"),
])
def test_grade_row_bars_going_on(question: str, lang: str, lead: str) -> None:
    line = line_for(question, "hpa-mammo/2.2.1.2", lang)
    assert line.startswith(lead), line
    assert supported(line, "hpa-mammo/2.2.1.2"), line


def test_all_a_gets_no_bar() -> None:
    # near miss: every item A — the row for A bars nothing
    line = line_for("儀器實地測試各項都A，這台還能繼續用嗎？", "hpa-mammo/2.2.1.2", "zh-TW")
    assert not line.startswith("不"), line


@pytest.mark.parametrize("question", [
    "實地測試有一項D，這台機器還能繼續用嗎？",
    "仪器实地测试有一项D，这台还能继续做国健署的乳摄吗？要是所有机器都复测没过呢？",
])
def test_grade_row_bars_going_on_in_the_engine(ask, question: str) -> None:
    # (the engine reads 一項 as 1 項: the one item said either way)
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/2.2.1.2" and line.startswith("不可以："), (line, ids)
