"""The lexicon's everyday words read by the reader (calculators/lexicon.py wired into calculators/vocab_*.py).

Each question is our own wording (zh-TW, zh-CN, en) with a lexicon word the hand-written regexes did not know, so it
was not read before; none is an eval question's."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.reader import read, vocabularies
from tests.bot.conftest import TODAY


def _read(tool: str, question: str, followup: str | None = None, expected: tuple[str, ...] = ()):
    vocab = next(v for v in vocabularies() if v.tool == tool)
    return read(Query(question, TODAY, followup=followup, expected=expected), vocab)


def _kinds(ext) -> list[tuple]:
    return [(a["kind"], a.get("count"), a.get("months")) for a in ext.args["activities"]]


# ---------------------------------------------------------------- HPA

@pytest.mark.parametrize(("question", "scores"), [
    ("品管實地測試：假體 88、壓板 76、光野 90、劑量 92，各項幾等？",
     {"phantom_image": 88, "compression": 76, "field_alignment": 90, "dose_hvl_output_aec": 92}),
    ("质控现场测试：体模 85、压板 79、剂量 90，几等？", {"phantom_image": 85, "compression": 79, "dose_hvl_output_aec": 90}),
    ("QC field test on unit 2: phantom 88, paddle 74, collimator 91, dose 90 — grades?",
     {"phantom_image": 88, "compression": 74, "field_alignment": 91, "dose_hvl_output_aec": 90}),
])
def test_qc_items_named_in_everyday_words(question, scores):
    assert _read("hpa_qc_grade", question).args["scores"] == scores


@pytest.mark.parametrize(("question", "subject", "scores"), [
    ("我們科部的抽查片四組 345、351、338、360，機構平均幾等？", "facility", [345, 351, 338, 360]),
    ("HPA spot check of our RT's films averaged 352 — what grade?", "radiographer", [352]),
    ("署里抽检我们放射师的片子，平均 348 分，几等？", "radiographer", [348]),
])
def test_sampled_images_named_in_everyday_words(question, subject, scores):
    ext = _read("hpa_image_grade", question)
    assert (ext.args["subject"], ext.args["kind"], ext.args["scores"]) == (subject, "sampled", scores)


@pytest.mark.parametrize("question", [
    "自選片：脂肪型那組 362、緻密組 355，放射師幾等？",
    "Self-selected sets: fatty set 362, het dense 355 — grade for our tech?",
])
def test_breast_types_named_in_everyday_words(question):
    assert _read("hpa_image_grade", question).args["scores"] == {"non_dense": 362, "dense": 355}


def test_a_not_word_of_self_selected_is_read_as_the_sampled_images_it_names():
    """隨機抽 is in self_selected's `not` list (and sampled's phrases): never read as self-selected."""
    for question in ("隨機抽的片四組平均 341，放射師個人幾等？", "随机抽的片子平均 341，放射师几等？"):
        assert _read("hpa_image_grade", question).args["kind"] == "sampled"


def test_a_hand_written_word_keeps_its_reading_beside_a_lexicon_word():
    """The radiology dept (a lexicon word of the facility) is where the radiographer works: the hand-written
    radiographer still decides who the evaluation is of."""
    ext = _read("hpa_image_grade", "Our radiographer in the radiology dept had sampled films averaging 352 — grade?")
    assert ext.args["subject"] == "radiographer"


@pytest.mark.parametrize(("question", "negative"), [
    ("複判結果：陽性差異 45%，漏判率 12%，要怎麼處理？", 12),
    ("Re-read: positive discrepancy 45%, misses 12% — what happens?", 12),
])
def test_the_negative_discrepancy_named_as_misses(question, negative):
    assert _read("hpa_reread_action", question).args["negative_discrepancy_pct"] == negative


@pytest.mark.parametrize("question", [
    "判讀醫師複判陽性差異 55%、陰性 16%，上次就被點名了，會怎樣？",
    "判读医师复判阳性差异 55%、阴性 16%，上次已被列辅导，会怎样？",
    "reader re-read: positive 55%, negative 16%, repeat offender from the last round — consequence?",
])
def test_a_previous_requirement_said_in_everyday_words(question):
    assert _read("hpa_reread_action", question).args["previously_required"] is True


@pytest.mark.parametrize("question", [
    "我們的篩檢車今天做了 95 案，車上 2 位放射師，有超過嗎？",
    "我们的筛查车今天做了 95 例，车上 2 位放射师，超了吗？",
    "Our screening bus did 95 screenings today with 2 radiographers aboard — over the cap?",
])
def test_the_van_named_in_everyday_words(question):
    ext = _read("hpa_radiographer_volume", question)
    assert (ext.args.get("daily_screenings_on_van"), ext.args.get("radiographers_on_van")) == (95, 2)


# ---------------------------------------------------------------- TSA

@pytest.mark.parametrize("question", [
    "今年參加外科大會 1 次、月例會 3 次，幾分？",
    "今年参加外科大会 1 次、月例会 3 次，几分？",
    "This year: TSA congress once and 3 monthly sessions — credits?",
])
def test_tsa_meetings_named_in_everyday_words(question):
    assert _kinds(_read("tsa_credit_tally", question)) == [("tsa_annual_meeting", 1, None), ("tsa_monthly_meeting", 3, None)]


@pytest.mark.parametrize("question", [
    "今年在國內期刊發表一篇原著，我是排第一的作者，幾分？",
    "One paper in a local journal this year as lead author — credits?",
])
def test_a_non_sci_paper_and_its_first_author_in_everyday_words(question):
    ext = _read("tsa_credit_tally", question)
    assert [(a["kind"], a.get("role")) for a in ext.args["activities"]] == [("paper_non_sci", "first")]


@pytest.mark.parametrize(("question", "kinds"), [
    ("今年去 SAGES 開會一次，幾分？", [("international_meeting", 1, None)]),
    ("今年在長庚進修 3 個月，幾分？", [("training_domestic", None, 3)]),
    ("3 months of domestic fellowship at a medical centre this year — credits?", [("training_domestic", None, 3)]),
    ("今年當 visiting fellow 去美國 2 個月，幾分？", [("training_abroad", None, 2)]),
])
def test_tsa_activities_named_in_everyday_words(question, kinds):
    assert _kinds(_read("tsa_credit_tally", question)) == kinds


def test_an_offshore_island_named_in_english():
    ext = _read("tsa_credit_tally", "Working on Orchid Island this year; attended the annual meeting once — credits?")
    assert ext.args.get("offshore_island") is True


@pytest.mark.parametrize("question", [
    "外科專科證書展延：六年積分 100、100、100、100、100、100，有奉派出國 8 個月，夠嗎？",
    "Renewal: credits 100, 100, 100, 100, 100, 100 over six years, deployed overseas for 8 months — enough?",
])
def test_a_posting_abroad_named_in_everyday_words(question):
    assert _read("tsa_renewal_check", question).args["overseas_mission_months"] == 8


# ---------------------------------------------------------------- TSIR

@pytest.mark.parametrize(("question", "kinds"), [
    ("換證：去 CIRSE 2 次，放射線教育積分 150，夠嗎？", [("international_meeting_attendance", 2)]),
    ("换证：去了 CIRSE 2 次，放射线教育积分 160，够吗？", [("international_meeting_attendance", 2)]),
    ("換證：國內期刊原著 2 篇一作，放射線教育積分 150，夠嗎？", [("non_sci_full_article", 2)]),
    ("Renewal: panelist at 2 domestic meetings, radiology CME 150 — enough?", [("lecturer_or_moderator", 2)]),
])
def test_tsir_renewal_activities_named_in_everyday_words(question, kinds):
    assert [(a["kind"], a["count"]) for a in _read("tsir_renewal_check", question).args["activities"]] == kinds


def test_a_first_author_named_in_everyday_words_tsir():
    ext = _read("tsir_renewal_check", "換證：SCI full article 2 篇，我是主要作者，放射線教育積分 150，夠嗎？")
    assert [a.get("role") for a in ext.args["activities"]] == ["first"]
    assert not ext.needs


@pytest.mark.parametrize("question", [
    "消融指導老師：RFA 60 例，另外 HAIC 40 例，專科 8 年，夠嗎？",
    "Ablation instructor: RFA 60 cases, plus HAIC 40 cases, specialist 8 years — enough?",
])
def test_a_technique_of_another_domain_is_not_counted_in_the_domain_applied_for(question):
    """HAIC (hepatic arterial infusion) is the lexicon's tumour embolization: not 40 more ablation cases."""
    ext = _read("tsir_instructor_eligibility", question)
    assert (ext.args["domain"], ext.args["cases_last_6_years"]) == ("ablation", 60)


@pytest.mark.parametrize("question", [
    "我的外科專科證書生效日是 2021/4/1，什麼時候可以展延？",
    "My surgical specialist certificate's effective date is 2021-04-01 — when can I extend it?",
])
def test_a_certificates_issue_date_named_as_its_effective_date(question):
    ext = _read("renewal_window", question)
    assert ext.args.get("issue_date") == "2021-04-01" and "expiry_date" not in ext.args


@pytest.mark.parametrize(("question", "date"), [
    ("I got my TSIR instructor certificate on 2021-03-15, when does the renewal window open?", "2021-03-15"),
    ("Dr Wu got her surgical specialist cert in 2020-06-30, when can she apply for the extension?", "2020-06-30"),
    ("I earned the TSIR ablation instructor certificate on 2022/8/1 — renewal window?", "2022-08-01"),
])
def test_getting_the_certificate_on_a_date_is_its_issue_date(question, date):
    """The verb of getting it, with the certificate named between it and the date: the issue date, never the
    expiry (read as the expiry, the window came out six years early, a confidently wrong date)."""
    ext = _read("renewal_window", question)
    assert ext.args.get("issue_date") == date and "expiry_date" not in ext.args


# ---------------------------------------------------------------- reader classes the lexicon's words reached

@pytest.mark.parametrize("question", [
    "今年出國開了 3 場國際研討會（ESMO、國際外科年會、JSS），幾分？",
    "This year I attended 3 international congresses (ESMO, an international surgery congress, JSS) — credits?",
])
def test_the_items_counted_named_again_in_brackets_are_no_new_items(question):
    assert _kinds(_read("tsa_credit_tally", question)) == [("international_meeting", 3, None)]


@pytest.mark.parametrize("reply", [
    "3 radiographers registered, and all 3 radiographers were on the van",
    "放射師 3 位，3 位放射師都在車上",
    "3 位放射师，车上也是 3 位放射师",
])
def test_one_figure_said_twice_is_no_second_item(reply):
    ext = _read("hpa_radiographer_volume", "乳攝車今天做了 118 案，有超過嗎？", reply, ("radiographers_on_van",))
    assert ext.args.get("radiographers_on_van") == 3 and not ext.needs


@pytest.mark.parametrize("question", [
    "這六年放射專科積分共 185 分，國外介入會議去了 1 次，換證夠不夠？",
    "这六年放射专科积分总共 185 分，国外介入会议去了 1 次，换证够不够？",
    "Renewal: my radiology CME total 185, plus one international IR meeting — enough?",
])
def test_a_total_said_right_before_a_labels_own_number_is_that_number(question):
    assert _read("tsir_renewal_check", question).args.get("cme_points") == 185
