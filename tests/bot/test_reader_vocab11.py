"""Words that bind a person's facts to calculator slots (the eleventh round's classes). Each class is declared once
beside the calculators (calculators/vocab*.py) or in the item reader (bot/reader/items.py) and tested with wording
of its own (zh-TW, zh-CN, en), never the bank's sentence:

- IR techniques said short: "embo" for embolization, the non-tumour embolizations by site or lesion (bleeding, trauma,
  splenic, AVM, aneurysm, varices, BATO, PSE …), declots, double-J stents — each in its instructor domain;
- the domain asked about ("消融指導老師") is never read across a sentence end or inside "which domains" — every
  domain whose cases are given is answered;
- the TSIR renewal's other CME points written every way (一般積分, 其他學分, 教育積分另有, 已有, "points from regular
  CME", "so far") and the moderator (座長), a TSIR-only credit;
- a named overseas meeting with its own noun ("ESSO 年會", "the ASCRS annual meeting") is one international meeting,
  never also the TSA's annual meeting; a specialty society's "mtg"; more seminars of the kind before ("另外 2 場各
  1.5 小時");
- an item at the same meeting as the one before ("同場", "at the same meeting") takes its scope;
- radiographers as technologists (技術師, 技師) and the people screened counted (位 / 名 受檢者, women, clients);
- the image evaluations: sampled / self-selected said any way (typos too), a target score and an "avg" are no scores,
  both evaluations in one sentence joined by ", and" are graded each.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY
from tests.bot.conftest import reader_call as _read


def _calls(ext):
    return [ext.args, *ext.extra_calls]


# --- IR techniques said short, in their instructor domains -------------------------------------------------------------

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("專科 11 年：外傷栓塞 40 例、AVM embo 25 例、動脈瘤栓塞 20 例，可以申請指導老師嗎", "non_tumor_embolization", 85),
    ("specialist 10 yrs — trauma embo 30, PSE 25, BATO 15, epistaxis embo 10. instructor?", "non_tumor_embolization", 80),
    ("专科 9 年，部分脾栓塞 40 例、食道静脉曲张 35 例、咳血栓塞 30 例，能申请指导老师吗", "non_tumor_embolization", 105),
    ("board-certified 12 yrs: PPH embo 20, knee embo 15, endoleak embo 10, varicocele embo 60. instructor?", "non_tumor_embolization", 105),
    ("specialist 12 yrs, HCC embo 150, bland embo 40, radioembo 30, chemo-embo 100 — instructor?", "tumor_embolization", 320),
    ("specialist 12 yrs, fistula declots 45, venoplasty 30, PTRA 20, EVAR 10 — instructor?", "vascular_intervention", 105),
    ("專科 10 年：血栓清除 40 例、血管擴張 50 例、TIPS 15 例，指導老師夠嗎", "vascular_intervention", 105),
    ("specialist 10 yrs: double-J stents 60, biliary stenting 50. instructor?", "nonvascular_stenting", 110),
])
def test_ir_techniques_said_short_count_in_their_domain(question, domain, cases):
    ext = _read(question, "tsir_instructor_eligibility")
    assert [(c["domain"], c["cases_last_6_years"]) for c in _calls(ext)] == [(domain, cases)]
    assert not ext.needs


@pytest.mark.parametrize("question", [
    "專科 12 年，非腫瘤栓塞 80 例，想申請非腫瘤栓塞指導老師",
    "specialist 12 yrs: non-tumour embo 80. non-tumor embolization instructor?",
    "专科 12 年：非肿瘤栓塞 80 例，够不够",
    "specialist 12 yrs, non-tumor TAE 80 — instructor?",
    "12 yrs boards; nontumour embos 80. eligible as instructor?",
])
def test_a_non_tumour_embolization_is_never_a_tumour_one(question):
    ext = _read(question, "tsir_instructor_eligibility")
    assert [(c["domain"], c["cases_last_6_years"]) for c in _calls(ext)] == [("non_tumor_embolization", 80)]


# --- the domain asked about: one sentence, never "which domains" -------------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("specialist 11 yrs. GAE 30 and bleeding embos 45. Also ureteral stents 120. Which instructor domains do I qualify for?",
     {("non_tumor_embolization", 75), ("nonvascular_stenting", 120)}),
    ("專科 10 年。出血栓塞 60 例、PAE 50 例。另外膽管支架 105 例。我可以申請哪些指導老師？",
     {("non_tumor_embolization", 110), ("nonvascular_stenting", 105)}),
    ("专科 10 年：RFA 120 例、MWA 70 例。另有 PTCD 200 例。哪几个领域的指导老师可以申请？",
     {("ablation", 190), ("localization_biopsy_drainage_pain", 200)}),
    ("10 yrs as a specialist; TACE 310. Plus esophageal stents 100. What instructor domains are open to me?",
     {("tumor_embolization", 310), ("nonvascular_stenting", 100)}),
    ("board-certified 9 years: UFE 60, BRTO 45; biliary stents 130 — which domains could I be an instructor in?",
     {("non_tumor_embolization", 105), ("nonvascular_stenting", 130)}),
])
def test_every_domain_given_is_answered_when_asked_which(question, expected):
    ext = _read(question, "tsir_instructor_eligibility")
    assert {(c["domain"], c["cases_last_6_years"]) for c in _calls(ext)} == expected
    assert not ext.needs


def test_the_domain_named_with_the_instructor_word_is_still_the_one_asked():
    ext = _read("專科 12 年，RFA 200 例，非腫瘤栓塞 60 例，想申請消融指導老師", "tsir_instructor_eligibility")
    assert (ext.args["domain"], ext.args["cases_last_6_years"]) == ("ablation", 200)
    assert not ext.extra_calls


# --- the TSIR renewal's other CME points, and the moderator ---------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("指導老師換證：國外座長 1 次，一般學分 130 分，夠嗎", 130),
    ("指导老师换证：SCI full article 通讯作者 1 篇，其余积分 150，差几分？", 150),
    ("介入指導老師換證：國內 e-poster 2 次，教育學分另外還有 120，夠不夠", 120),
    ("換證：國外口頭報告 1 次，再加上平時的積分 140 分，夠 200 嗎", 140),
    ("instructor renewal: 2 domestic orals; I already have 170 points. enough?", 170),
    ("TSIR instructor renewal — 160 points from my routine CME, plus one SCI case report as first author. short?", 160),
    ("instructor renewal: one overseas e-poster, 145 pts so far. how many more?", 145),
    ("指導老師換證，目前已累積 150 分，另外國內座長 2 次，夠了嗎", 150),
])
def test_tsir_other_cme_points_written_every_way(question, points):
    ext = _read(question, "tsir_renewal_check")
    assert ext.args["cme_points"] == points
    assert ext.args["activities"]


@pytest.mark.parametrize(("question", "scope"), [
    ("國內研討會當座長 2 次、同一場也有 e-poster 1 次，加一般積分 100，差幾分", "domestic"),
    ("国外会议当座长 1 次，同场还有口头报告 1 次，其他学分 120，够吗", "international"),
    ("renewal: chaired a session at an overseas IR congress and gave an oral at the same meeting; other CME 130. enough?", "international"),
    ("換證：國外會議擔任講師 1 次，在那場會議也發表口頭報告 1 次，一般積分 110", "international"),
    ("instructor renewal — moderator at a domestic meeting once, e-poster at that meeting too, radiology CME 120", "domestic"),
])
def test_an_item_at_the_same_meeting_takes_its_scope(question, scope):
    ext = _read(question, "tsir_renewal_check")
    got = {it["kind"]: it.get("scope") for it in ext.args["activities"]}
    assert got["oral_or_eposter"] == scope
    assert "scope" not in [n.key for n in ext.needs]


@pytest.mark.parametrize("question", [
    "國外會議當座長 1 次、SCI 原著一作 1 篇，加其他學分 90，差幾分？",
    "国内会议座长 2 次，非SCI 原著 1 篇一作，一般积分 110，总共几分",
    "moderated 2 sessions at domestic meetings, 1 SCI paper as first author, 100 other CME — total points?",
    "chaired a session abroad + 1 SCI full article (corresponding). also 120 general CME. how many points?",
    "座長兩次（國外）、壁報一次（國內），平常的積分 130，夠了嗎",
])
def test_a_moderator_makes_it_the_tsir_renewal(engine, question):
    a = engine.answer(question, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:200])
    assert [c.name for c in a.tool_calls] == ["tsir_renewal_check"]
    assert a.tool_calls[0].args["cme_points"] >= 90


# --- overseas meetings by their names; specialty meetings; more seminars ------------------------------------------------

@pytest.mark.parametrize(("question", "international"), [
    ("今年去了 SAGES 年會和 EAES 年會，外科積分幾分", 2),
    ("this year I went to the ASCO annual meeting and the ESSO congress. TSA credits?", 2),
    ("今年参加 KSS 年会 1 次，外科学分多少", 1),
    ("2026: the JSS annual mtg in Tokyo and the DDW meeting. how many surgical credits?", 2),
    ("今年出國參加 ESCP（歐洲大腸直腸學會）年會，外科積分？", 1),
])
def test_a_named_overseas_meeting_is_no_tsa_annual_meeting(question, international):
    ext = _read(question, "tsa_credit_tally")
    kinds = [it["kind"] for it in ext.args["activities"]]
    assert "tsa_annual_meeting" not in kinds
    assert sum(it.get("count", 1) for it in ext.args["activities"] if it["kind"] == "international_meeting") == international


@pytest.mark.parametrize(("question", "count"), [
    ("去年出國開了 3 個國際會議(SSO、JSS跟ESSO)，外科積分幾分", 3),
    ("今年參加國際會議(DDW跟SAGES)，外科學分多少", 2),
    ("今年去了ASCO和ESSO，外科積分？", 2),
])
def test_meeting_names_glued_to_chinese_are_each_one(question, count):
    ext = _read(question, "tsa_credit_tally")
    assert sum(it.get("count", 1) for it in ext.args["activities"] if it["kind"] == "international_meeting") == count


@pytest.mark.parametrize(("question", "days"), [
    ("2025: one specialty society annual mtg, 2 days. TSA credits?", 2),
    ("this year a subspecialty society meeting (1 day) — how many surgical credits?", 1),
    ("went to 2-day specialty annual conf this year; credits for the TSA?", 2),
    ("this year: specialty association annual meeting, 3 days. surgical CME?", 3),
    ("specialty mtg this year lasted 1 day — TSA credits?", 1),
])
def test_a_specialty_society_meeting_said_short(question, days):
    ext = _read(question, "tsa_credit_tally")
    assert [(it["kind"], it.get("days")) for it in ext.args["activities"]] == [("specialty_annual_meeting", days)]


@pytest.mark.parametrize(("question", "seminars"), [
    ("今年研討會 1 場 4 小時，另外 3 場各 2 小時，外科積分幾分", [(1, 4), (3, 2)]),
    ("今年参加研讨会一场 3 小时，还有两场各 1 小时，外科学分多少", [(1, 3), (2, 1)]),
    ("this year: 1 seminar of 3 hours, plus 2 more at 1.5 hours each. TSA credits?", [(1, 3), (2, 1.5)]),
    ("今年講習會 2 場各 3 小時，另外 1 場 1 小時，外科積分？", [(2, 3), (1, 1)]),
    ("今年工作坊一場兩小時，另外兩場各四小時，外科學會積分幾分", [(1, 2), (2, 4)]),
])
def test_more_seminars_of_the_kind_before_with_their_own_hours(question, seminars):
    ext = _read(question, "tsa_credit_tally")
    assert [(it["count"], it["hours"]) for it in ext.args["activities"] if it["kind"] == "domestic_seminar"] == seminars


# --- radiographers as technologists, the people screened counted ------------------------------------------------------

@pytest.mark.parametrize(("question", "daily", "staff"), [
    ("乳攝車今天三位技術師，總共照了 125 位，超過每日上限嗎", 125, 3),
    ("巡回车今天 2 名技师，共筛了 84 位受检者，超标吗", 84, 2),
    ("the van had 2 techs today and we screened 85 women. over the daily cap?", 85, 2),
    ("mobile unit today: 3 RTs, 118 clients screened — over the limit?", 118, 3),
    ("乳攝車今天兩位放射技師，照了 88 名受檢者，有超過嗎", 88, 2),
    ("乳攝車今天 2 位技術師做了 81 個個案，會超過嗎", 81, 2),
])
def test_van_screenings_counted_in_people(question, daily, staff):
    ext = _read(question, "hpa_radiographer_volume")
    assert ext.args["daily_screenings_on_van"] == daily
    assert ext.args["radiographers_on_van"] == staff


@pytest.mark.parametrize(("question", "monthly"), [
    ("我們技術師小美這個月照了 520 位，超過上限了嗎", 520),
    ("这个月我们的技师做了 560 名受检者，超过每月上限吗", 560),
    ("one of our techs screened 530 women this month — over the monthly cap?", 530),
])
def test_a_month_of_screenings_counted_in_people(question, monthly):
    ext = _read(question, "hpa_radiographer_volume")
    assert ext.args["monthly_screenings"] == monthly


@pytest.mark.parametrize(("question", "screenings"), [
    ("我們有兩位技術師，都全年上班，今年篩了 12500 位受檢者，超量嗎", 12500),
    ("2 techs, both worked 365 days; 12,800 women screened this year. over the reasonable volume?", 12800),
    ("兩個技師工作天數 365、200，今年篩檢 9000 名婦女，會超過合理量嗎", 9000),
    ("2 radiographers, workdays 365 and 300; 11,000 clients screened this year — excess?", 11000),
    ("两位放射师工作天数 365、365，今年筛了 13000 位民众，超量吗", 13000),
])
def test_a_facility_year_counted_in_people(question, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args["annual_screenings"] == screenings
    assert not ext.needs


# --- the image evaluations, said any way ----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "kind"), [
    ("our RT's sampeld films: 352, 348 and 361. grade?", "sampled"),
    ("the smapled sets came back 340, 351 — which grade for the radiographer?", "sampled"),
    ("放射師被抽的片子 345、352、339，評幾等", "sampled"),
    ("radiographer self selected images 361 and 357 — what grade?", "self_selected"),
    ("放射師自己選的兩組 361、358，幾等", "self_selected"),
    ("self-picked sets 362/358 for our tech, grade?", "self_selected"),
    ("images picked at random for our RT scored 344, 350, 362 — grade?", "sampled"),
])
def test_sampled_and_self_selected_said_any_way(question, kind):
    ext = _read(question, "hpa_image_grade")
    assert ext.args["kind"] == kind
    assert len(ext.args["scores"]) >= 2


@pytest.mark.parametrize(("question", "scores"), [
    ("抽選片 358、361、359，平均還差一點到 360，是 A 嗎", [358, 361, 359]),
    ("sampled sets 359 and 360 for our radiographer, avg 359.5 — A or B?", [359, 360]),
    ("radiographer sampled scores 357, 361, 360; just short of 360 on average? grade", [357, 361, 360]),
    ("抽片 356、362，平均只差 1 分就到 360，幾等", [356, 362]),
    ("sampled: 362, 355, 359 — does the average reach 360? grade for our tech", [362, 355, 359]),
])
def test_a_target_or_the_average_is_no_score(question, scores):
    ext = _read(question, "hpa_image_grade")
    assert ext.args["scores"] == scores


@pytest.mark.parametrize(("question", "calls"), [
    ("Self-selected was 358 and 362, and the sampled sets were 366, 371, 349 — grades?",
     [("self_selected", [358, 362]), ("sampled", [366, 371, 349])]),
    ("self selected sets 362 / 355, but the randomly picked ones scored 344, 350 and 361 — grades?",
     [("self_selected", [362, 355]), ("sampled", [344, 350, 361])]),
    ("自选片两组 362、358，而抽样片是 340、351，分别几等",
     [("self_selected", [362, 358]), ("sampled", [340, 351])]),
    ("Our RT: sampled 352, 349; self-selected 361 and 358. Grade of each?",
     [("sampled", [352, 349]), ("self_selected", [361, 358])]),
    ("our radiographer's sampled films were 350 and 357, while her self-selected sets got 362 and 360. grades?",
     [("sampled", [350, 357]), ("self_selected", [362, 360])]),
])
def test_both_evaluations_in_one_sentence_are_graded_each(question, calls):
    ext = _read(question, "hpa_image_grade")
    assert [(c["kind"], c["scores"]) for c in _calls(ext)] == calls
    assert not ext.needs


# --- the re-read discrepancy: the previous review's requirement said with the person named; the rates said loosely -----

@pytest.mark.parametrize(("question", "required"), [
    ("Last time the review told Dr. Chen to attend the case conference. Now positive 45%, negative 17%. suspended?", True),
    ("the previous review made her attend the seminar; now positive 55%, negative 10%. suspended?", True),
    ("上次審查已經叫王醫師去參加判片座談會，這次陽性 52%、陰性 12%，會停權嗎", True),
    ("上一轮审查派张医师去参加个案讨论会，这次阳性 51%、阴性 16%，会停权吗", True),
    ("last review never told Dr. Wu to attend anything. positive 55%, negative 10%. suspended?", False),
    ("上次審查沒有叫他去參加座談會，這次陽性 55%、陰性 10%，會停權嗎", False),
    ("the prior review didn't ask her to attend; positive 52%, negative 9% — suspension?", False),
])
def test_the_previous_requirement_said_with_the_person_named(question, required):
    ext = _read(question, "hpa_reread_action")
    assert ext.args["previously_required"] is required


@pytest.mark.parametrize(("question", "positive", "negative"), [
    ("陽性差異 58% 整，陰性 0，是乙還是丙", 58, 0),
    ("陰性差異 18%，陽性 40，要怎麼處理", 40, 18),
    ("阳性差异 35%，阴性 5，需要做什么", 35, 5),
    ("陽性個案差異 61，陰性 3%，結果？", 61, 3),
    ("陰性差異 21% 陽性 10，怎麼辦", 10, 21),
])
def test_a_rate_pair_with_one_percent_sign_is_the_reread(question, positive, negative):
    ext = _read(question, "hpa_reread_action")
    assert (ext.args["positive_discrepancy_pct"], ext.args["negative_discrepancy_pct"]) == (positive, negative)


@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("疑似陽性 200 例，追回來 150 例，補助 500 萬，扣多少", 200, 150),
    ("可疑陽性個案 120 人，完成複檢 90 人，扣款？", 120, 90),
    ("疑阳 260 例只追到 180 例，补助 600 万，扣款多少", 260, 180),
    ("今年疑似陽性 150 人，追蹤到 99 人，年度補助 300 萬，要扣多少", 150, 99),
    ("疑似陽性個案 80 例，複檢完 60 例，補助 200 萬，扣款", 80, 60),
])
def test_the_cases_followed_up_said_as_reached(question, suspected, completed):
    ext = _read(question, "hpa_followup_deduction")
    assert (ext.args["suspected_positive_cases"], ext.args["completed_cases"]) == (suspected, completed)


@pytest.mark.parametrize(("question", "scopes"), [
    ("instructor renewal: moderated 4 sessions, all domestic, plus 120 radiology CME. enough?", {"domestic"}),
    ("instructor renewal: 2 orals and 1 e-poster, all international; radiology CME 100", {"international"}),
    ("換證：座長 3 次、口頭報告 2 次，都在國內，教育積分 100，夠嗎", {"domestic"}),
    ("换证：讲师 2 次、e-poster 1 次，全在国外，放射线教育积分 80，够吗", {"international"}),
    ("renewal points: lectured twice and one e-poster, both overseas; radiology CME 110", {"international"}),
])
def test_the_scope_said_once_for_every_item(question, scopes):
    ext = _read(question, "tsir_renewal_check")
    assert {it.get("scope") for it in ext.args["activities"]} == scopes
    assert "scope" not in [n.key for n in ext.needs]


# --- the QC reading system said short or by its parts ----------------------------------------------------------------

@pytest.mark.parametrize(("question", "reading"), [
    ("QC results: dose 90, phantom 84, compression 88, alignment 91, reading sys 79. grades?", 79),
    ("field test — dose/HVL 86, phantom 90, compression 87, field 85, reading/display system 74; what now?", 74),
    ("品管實測：劑量 90、假體 85、壓迫 88、照野 86、閱片工作站 79，幾等？", 79),
    ("质控实测：剂量 92、假体 80、压迫 86、照野 90、显示器 84，等级？", 84),
    ("QC: dose 91, phantom 87, compression 90, field 88, display 76 — grades?", 76),
    ("實測：劑量 88、假體 90、壓迫 86、照野 91、判讀工作站 83，要怎麼處理", 83),
])
def test_the_reading_system_said_short(question, reading):
    ext = _read(question, "hpa_qc_grade")
    assert ext.args["scores"]["reading_system"] == reading
    assert len(ext.args["scores"]) == 5


# --- the TSIR renewal named by its own paper words and points -------------------------------------------------------

@pytest.mark.parametrize(("question", "points"), [
    ("SCI full article 一作 2 篇、國外 e-poster 1 次、專醫積分 100，合計？", 100),
    ("non-SCI full paper x2 (first author), radiology CME 90 — total?", 90),
    ("Born 1966-05-01, applying 2026-12-01. I have 180 points. lifetime certificate?", 180),
    ("instructor renewal: we've got 160 pts plus 1 overseas oral. enough?", 160),
    ("Born 1965-01-10, applying 2026-12-20; 210 renewal points in total. lifetime?", 210),
])
def test_tsir_renewal_points_and_paper_words(question, points):
    from bot.parsing.text import Query
    from bot.reader import read_all

    found = sorted(read_all(Query(question, today=TODAY)), key=lambda e: -e.score)
    assert found[0].tool == "tsir_renewal_check"
    assert found[0].args["cme_points"] == points


# --- the van: staff said as registered (報備), a month said as "for the month" -------------------------------------

@pytest.mark.parametrize(("question", "staff", "daily", "monthly"), [
    ("乳攝車今天報備 3 人，拍了 130 案，其中一位這個月累計 560 案，有問題嗎", 3, 130, 560),
    ("巡迴車車上報備人數 2 人，昨天拍 81 案，另外其中一位這個月拍了 551 案", 2, 81, 551),
    ("van: 2 registered RTs on board, 86 exams today; one of them is at 548 for the month. any cap broken?", 2, 86, 548),
    ("mobile unit — 3 techs, 125 screenings today, and one tech has 530 so far this month. over?", 3, 125, 530),
    ("乳摄车今天报备 2 人，做了 90 案；其中一位本月 520 案，超标吗", 2, 90, 520),
])
def test_van_staff_registered_and_the_month_so_far(question, staff, daily, monthly):
    ext = _read(question, "hpa_radiographer_volume")
    assert (ext.args["radiographers_on_van"], ext.args["daily_screenings_on_van"], ext.args["monthly_screenings"]) == (staff, daily, monthly)


# --- the follow-up deduction named by what is lost -----------------------------------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed", "subsidy"), [
    ("2026: 240 suspicious, 150 tracked to completion, subsidy NT$1,200,000 — how much do we lose?", 240, 150, 1200000),
    ("今年疑似陽性 200 例，追回來 120 例，補助 400 萬會被砍多少", 200, 120, 4000000),
    ("疑阳 180 例，完成追踪 120 例，补助 300 万会被扣掉多少", 180, 120, 3000000),
    ("300 suspected positives, 200 tracked to completion; subsidy 2,000,000. how much will we lose?", 300, 200, 2000000),
    ("可疑陽性 150 人、追蹤到 100 人，年度補助 250 萬，補助會少多少", 150, 100, 2500000),
])
def test_the_deduction_named_by_what_is_lost(question, suspected, completed, subsidy):
    from bot.parsing.text import Query
    from bot.reader import read_all

    found = sorted(read_all(Query(question, today=TODAY)), key=lambda e: -e.score)
    assert found[0].tool == "hpa_followup_deduction"
    assert (found[0].args["suspected_positive_cases"], found[0].args["completed_cases"], found[0].args["annual_subsidy"]) == (
        suspected, completed, subsidy)


# --- specialty meetings with their length said between, gone through one by one in Chinese --------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("went to the plastic surgery society's one-day annual meeting this year. credits?", [1]),
    ("this year: colorectal surgery society 2-day annual meeting + thoracic society one-day congress. TSA credits?", [2, 1]),
    ("went to the urology association's 2 day annual mtg this year. surgical credits?", [2]),
    ("今年去了兩個專科醫學會年會（一個兩天、一個一天），外科積分？", [2, 1]),
    ("今年專科醫學會年會 2 場（1 場 2 天、1 場 1 天），積分？", [2, 1]),
    ("去年参加两个专科医学会年会（一个一天、一个两天），外科学分多少", [1, 2]),
])
def test_specialty_meetings_with_their_length(question, days):
    ext = _read(question, "tsa_credit_tally")
    got = [it.get("days") for it in ext.args["activities"] if it["kind"] == "specialty_annual_meeting"]
    assert got == days
    assert all(it.get("count", 1) == 1 for it in ext.args["activities"])


# --- two domains asked together; the specialist said boarded ---------------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("專科 10 年，RFA 200 例、TACE 320 例，想申請消融和腫瘤栓塞指導老師", {("ablation", 200), ("tumor_embolization", 320)}),
    ("specialist 10 yrs: RFA 200, TACE 320 — ablation or tumor embolization instructor?", {("ablation", 200), ("tumor_embolization", 320)}),
    ("Over 6 years: PTA 90, TIPS 15; also 110 biliary stents. 11 yrs boards. Applying for vascular and for stenting instructor.",
     {("vascular_intervention", 105), ("nonvascular_stenting", 110)}),
    ("专科 11 年：PTCD 310 例、UAE 105 例，申请引流、非肿瘤栓塞指导老师可以吗", {("localization_biopsy_drainage_pain", 310), ("non_tumor_embolization", 105)}),
    ("12 yrs specialist; MWA 100 + RFA 90, TACE 300. Ablation and tumour embolization instructor both ok?",
     {("ablation", 190), ("tumor_embolization", 300)}),
])
def test_two_domains_asked_together_are_both_answered(question, expected):
    ext = _read(question, "tsir_instructor_eligibility")
    assert {(c["domain"], c["cases_last_6_years"]) for c in _calls(ext)} == expected


@pytest.mark.parametrize(("question", "years"), [
    ("PTA 80, venous stents 25 in six years; boarded 12 yrs ago. vascular instructor?", 12),
    ("boarded for 9 years, RFA 200 in the last six — ablation instructor?", 9),
    ("I was boarded 10 years ago; TACE 320 over 6 years. tumor embolization instructor?", 10),
    ("non-tumor embo 120 cases; boarded eleven years back. instructor?", 11),
    ("biliary stents 115 in 6 yrs, boarded 8 yrs. stenting instructor?", 8),
])
def test_the_specialist_said_boarded(question, years):
    ext = _read(question, "tsir_instructor_eligibility")
    assert ext.args["years_as_specialist"] == years


# --- a QC item named with the word for its test ----------------------------------------------------------------------

@pytest.mark.parametrize(("question", "item", "value"), [
    ("phantom test came back at 72, everything else 90. grade for phantom?", "phantom_image", 72),
    ("壓迫測試成績只有 76，其他項目都 90 以上（劑量 92、假體 91、照野 93、閱片 95），怎麼辦", "compression", 76),
    ("QC: the dose check came back at 84, phantom 90, compression 88, field 91, reading 92 — grades?", "dose_hvl_output_aec", 84),
    ("閱片系統評估結果是 68，其餘：劑量 90、假體 88、壓迫 87、照野 86，要停止攝影嗎", "reading_system", 68),
    ("reading system assessment was only 66 (not human error); dose 90, phantom 88, compression 87, field 86. what now?", "reading_system", 66),
])
def test_a_qc_item_named_with_its_test(question, item, value):
    ext = _read(question, "hpa_qc_grade")
    assert ext.args["scores"][item] == value
    assert len(ext.args["scores"]) == 5


# --- a fellow abroad is training abroad ------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "months"), [
    ("去年到美國當 fellow 6 個月，外科積分？", 6),
    ("last year I was a fellow in Japan for 4 months — TSA credits?", 4),
    ("之前去韓國 fellow 兩個月，進修可以換幾分", 2),
    ("去年去日本当 fellow 三个月，外科学分多少", 3),
    ("2025: clinical fellow in Germany, 5 months. how many surgical credits?", 5),
])
def test_a_fellow_abroad_is_training_abroad(question, months):
    ext = _read(question, "tsa_credit_tally")
    assert [(it["kind"], it.get("months")) for it in ext.args["activities"]] == [("training_abroad", months)]


# --- a part said to be another word for the same kind; the average said as a check ------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("換證：國外口頭報告 3 次，其中 1 次其實是壁報，教育積分 120", 3),
    ("instructor renewal: 2 domestic orals, one of which was actually an e-poster; radiology CME 150", 2),
    ("换证：国内 e-poster 4 次，其中 2 次其实是口头报告，教育积分 100", 4),
    ("指導老師換證：國內壁報 2 次，其中一次算是 oral，一般積分 150", 2),
    ("instructor renewal: 3 orals abroad, of them 1 was really a poster. CME 110", 3),
])
def test_a_part_of_the_same_kind_stays_one_item(question, count):
    ext = _read(question, "tsir_renewal_check")
    assert [(it["kind"], it["count"]) for it in ext.args["activities"]] == [("oral_or_eposter", count)]


@pytest.mark.parametrize(("question", "scores"), [
    ("院方抽選片 4 組：361、358、362、359，平均剛好 360？是 A 還是 B", [361, 358, 362, 359]),
    ("放射師抽選片 3 組 352、361、367，平均正好 360 嗎，幾等", [352, 361, 367]),
    ("抽样片 358、362，平均刚好 360，评几等", [358, 362]),
])
def test_the_average_said_as_a_check_is_no_score(question, scores):
    ext = _read(question, "hpa_image_grade")
    assert ext.args["scores"] == scores


# --- counts said back to back, no separator; one by one with the wrong head ------------------------------------------

@pytest.mark.parametrize(("question", "items"), [
    ("今年月會4次年會1次，幾分", [("tsa_monthly_meeting", 4), ("tsa_annual_meeting", 1)]),
    ("今年到目前月會4次年會1次。今年幾分", [("tsa_monthly_meeting", 4), ("tsa_annual_meeting", 1)]),
    ("今年年會1次月會3次，外科積分？", [("tsa_annual_meeting", 1), ("tsa_monthly_meeting", 3)]),
    ("今年月会2次年会1次，外科学分多少", [("tsa_monthly_meeting", 2), ("tsa_annual_meeting", 1)]),
    ("今年月會 1 次年會 1 次，積分", [("tsa_monthly_meeting", 1), ("tsa_annual_meeting", 1)]),
])
def test_counts_back_to_back_are_each_their_kinds(question, items):
    ext = _read(question, "tsa_credit_tally")
    assert [(it["kind"], it["count"]) for it in ext.args["activities"]] == items


@pytest.mark.parametrize("question", [
    "今年參加消化外科跟大腸直腸外科的年會，一個開兩天、另外兩個各只開一天（共3場），這樣算幾分？",
    "去年參加三個專科醫學會年會，一個開兩天，另外兩個各一天，外科積分幾分",
    "今年去了胸腔外科跟整形外科年會，一個兩天、另外兩個各一天（共三場），幾分",
])
def test_one_by_one_under_a_head_that_disagrees_is_never_guessed(question):
    ext = _read(question, "tsa_credit_tally")
    total = sum(it.get("count", 1) for it in ext.args["activities"])
    assert ext.needs or total == 3
    assert not (not ext.needs and any(it.get("count", 1) == 3 for it in ext.args["activities"]))


@pytest.mark.parametrize("question", [
    "our RT's sampled sets: 352, 348, 361. grade?",
    "sampled films for the RTs came back 350 and 356 — what grade?",
    "self-selected for our techs: 361 and 358. grade?",
    "抽選片，技術師的：352、348、361，幾等",
    "自选片两组 362、358，技师的，几等",
])
def test_the_radiographer_said_as_a_technologist_is_the_subject(question):
    ext = _read(question, "hpa_image_grade")
    assert ext.args["subject"] == "radiographer"
    assert not any("視為放射師" in n.zh for n in ext.notes)


@pytest.mark.parametrize(("question", "count"), [
    ("2026: went to SSAT and AATS, nothing else. surgical credits?", 2),
    ("今年去了EACTS跟ESTS年會，外科積分幾分", 2),
    ("this year ASTS congress + ISDE meeting — TSA credits?", 2),
    ("今年出國開 ACS 一次，外科學分多少", 1),
    ("今年参加了 SSO 和 ESSO，外科积分多少", 2),
])
def test_overseas_meetings_by_society_acronym(question, count):
    ext = _read(question, "tsa_credit_tally")
    assert [it["kind"] for it in ext.args["activities"]] and all(it["kind"] == "international_meeting" for it in ext.args["activities"])
    assert sum(it.get("count", 1) for it in ext.args["activities"]) == count


@pytest.mark.parametrize(("question", "screenings"), [
    ("两位技师全年在岗，今年筛查了 12500 人次，会超过合理量吗", 12500),
    ("我们两位技师工作天数 365、200，今年筛查量 9000 例，超量吗", 9000),
    ("两位放射技师全年上班，年筛查 12800 人，超过合理量吗", 12800),
    ("三位放射师工作天数 365、365、100，乳腺筛查 15000 例，超量吗", 15000),
    ("兩位技術師都全年上班，今年篩查 12000 人，會超量嗎", 12000),
])
def test_screenings_said_the_mainland_way(question, screenings):
    ext = _read(question, "hpa_facility_volume")
    assert ext.args["annual_screenings"] == screenings
    assert not ext.needs


@pytest.mark.parametrize(("question", "daily"), [
    ("乳腺筛查车今天 2 名技师，筛查了 90 人，超过每日上限吗", 90),
    ("筛查车今天两位技师，做了 85 例，超标吗", 85),
    ("篩檢車今天 3 位放射師，照了 125 位，有超過嗎", 125),
])
def test_a_screening_van_said_the_mainland_way(question, daily):
    ext = _read(question, "hpa_radiographer_volume")
    assert ext.args["daily_screenings_on_van"] == daily
