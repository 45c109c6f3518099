"""Round 41 scope classes (SPEC §3): neighbouring subjects answered with our rules before, with phrasings of our own (none is from a
blind bank; the four development questions that found them are in evals/blind).

Refused, answered with our rules before:
- a surgical subspecialty society's own certificate or CME, asked with the certificate said short ("the 消化外科醫學會 subspecialty
  cert") or with our credits offered toward it ("do TSA monthly meetings count toward it", "count TSA credits for its board recert"):
  the count's target is that society's certificate, so its rules answer — whatever our meeting is worth in ours;
- another field's board said bare, 專科 with no 醫師 ("家醫科專科六年要多少積分才能換證", "我是眼科專科，…才能換證"): that board's
  renewal, not the surgical certificate or the instructor's;
- another imaging modality's quality control (an angio suite, a CT scanner, a DSA, a cath lab, fluoroscopy, a C-arm, general
  radiography), named in either order with the QC, in the mainland's words too (質控): the Nuclear Safety Commission's QA rules
  for that equipment (a new pointer, `other_modality_qc`) — a "DR unit" or a test naming compression or the chest wall stays our
  mammography unit's;
- another interventional certificate guessed to be the TSIR's (neuro-intervention, stroke thrombectomy, PCI, structural heart),
  with who holds it said before the certificate ("術者證書", "操作醫師認證", "operator certificate") or an aside in brackets
  between ("a neurointerventional (stroke thrombectomy) operator certificate").
In scope, refused before: the pass mark of our own on-site test ("what is the phantom pass score?") is no exam's.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, out_of_scope_marker

# ---------------------------------------------------------------- a surgical subspecialty society's own certificate

SUBSPECIALTY_CERT = [
    "How many credits does the Taiwan Society of Colon and Rectal Surgeons require for its subspecialty certificate, and can "
    "TSA annual meeting credits be used toward it?",
    "消化外科醫學會的次專科證書一年要幾個學分？外科醫學會的月會可以抵嗎？",
    "消化外科医学会的次专科证书每年要多少学分？外科医学会月会能算进去吗？",
    "What does the Taiwan Society of Pediatric Surgery need for its subspecialty recertification — can TSA credits count toward it?",
    "My cardiovascular surgery subspecialty cert is up for renewal; how many points does the CVS society want and do TSA "
    "meetings count for it?",
    "The colorectal society's subspecialty cert — what do they want per year?",
    "Does the neurosurgery society count TSA credits for its board recert?",
    "Can TSA monthly meeting credits be used for the thoracic surgery society's subspecialty certificate?",
    "胸腔外科次专科证书续证，外科医学会月会算不算？",
    "心臟外科醫學會自己的專科證書多久要換一次？外科月會可以算嗎？",
]


@pytest.mark.parametrize("question", SUBSPECIALTY_CERT)
def test_a_surgical_subspecialty_societys_own_certificate_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", (answer.route, answer.answer[:200])
    assert not answer.tool_calls


# ---------------------------------------------------------------- another field's board said bare

BARE_BOARD = [
    "婦產科專科要換證了，積分要多少？",
    "我是眼科專科，六年要累積多少學分才能換證？",
    "泌尿科專科六年換證積分多少",
    "家醫專科六年換證要多少分？",
    "皮膚科專科六年要幾學分才能換證？",
    "我是家醫科專科，換證要幾分？",
    "儿科专科六年要多少学分才能换证？",
    "我是小兒科專科，證書快到期了，要多少學分才能展延？",
]


@pytest.mark.parametrize("question", BARE_BOARD)
def test_another_fields_board_said_bare_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", (answer.route, answer.answer[:200])
    assert not answer.tool_calls


# ---------------------------------------------------------------- another imaging modality's quality control

OTHER_MODALITY_QC = [
    "What are the annual QC requirements for our CT scanner — dose and image quality?",
    "血管攝影室每年的輻射品管測試要幾分才算通過？",
    "血管造影机每年的质控检测剂量标准是多少？",
    "我們的 DSA 每年要做品管，劑量跟影像品質分數要多少才合格？",
    "电脑断层的质控测试几分算合格？",
    "Angio suite QC: what HVL and dose results pass?",
    "What QC tests does the hybrid OR's C-arm need each year?",
    "DSA 的輻射劑量檢測標準是多少？",
    "Does our fluoro unit's annual QC include a phantom image score?",
    "一般攝影室的品管幾分算及格？",
]


@pytest.mark.parametrize("question", OTHER_MODALITY_QC)
def test_another_modalitys_quality_control_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", (answer.route, answer.answer[:200])
    assert "游離輻射設備" in answer.answer or "ionizing-radiation equipment" in answer.answer, answer.answer[:300]


@pytest.mark.parametrize("question", [
    "血管造影机每年的质控检测剂量标准是多少？",
    "What are the annual QC requirements for our CT scanner — dose and image quality?",
    "Our cath lab's annual QC — what scores do we need?",
])
def test_another_modalitys_quality_control_points_to_the_equipment_qa_rules(question):
    kind = out_of_scope_marker(Query(question))
    assert kind == "other_modality_qc"
    zh, en = POINTERS[kind]
    assert "核能安全委員會" in zh and "Nuclear Safety Commission" in en


# (question, a clause the answer must cite, or one of its notes)
OUR_UNIT_QC = [
    ("field QC on our DR unit: phantom 78, dose 90 — which grade is the phantom?", "hpa-mammo/2.2.1.1"),
    ("DR 機的實地測試，壓迫 80 分、假體 76 分，各是幾等？", "hpa-mammo/2.2.1.1"),
    ("乳房攝影儀每年的品管測試，劑量要幾分才合格？", "hpa-mammo/2.2.1.1"),
    ("乳攝機的實地測試幾分算 A？", "hpa-mammo/2.2.1.1"),
    ("我們乳攝機跟 CT 共用品管人員，乳攝品管測試幾分算 A？", "hpa-mammo/2.2.1.1"),
]


@pytest.mark.parametrize(("question", "clause"), OUR_UNIT_QC)
def test_our_mammography_units_quality_control_stays_ours(ask, question, clause):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
    assert any(c.id.startswith(clause) for c in answer.citations), [c.id for c in answer.citations]


# ---------------------------------------------------------------- another interventional certificate

OTHER_IR_CERT = [
    "TSIR 有沒有發神經介入（中風取栓）的術者證書？要幾例？",
    "介入放射學會有沒有腦中風取栓的操作醫師認證？需要多少例？",
    "介入放射学会有没有卒中取栓的术者证书？要多少例？",
    "Does TSIR have a cardiac intervention (PCI) operator certificate?",
    "Is there a TSIR neuro-endovascular (aneurysm coiling) certificate and what are its requirements?",
    "TSIR 有沒有 stroke thrombectomy 的 operator 認證？",
    "What case numbers does TSIR want for a neuro-IR (mechanical thrombectomy) certificate?",
    "TSIR 有沒有神經血管介入的操作醫師證書？",
    "Structural heart intervention operator certificate from TSIR — requirements?",
    "Does TSIR run a coronary intervention certificate too?",
]


@pytest.mark.parametrize("question", OTHER_IR_CERT)
def test_another_interventional_certificate_is_refused(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", (answer.route, answer.answer[:200])
    assert not answer.tool_calls


# ---------------------------------------------------------------- near misses that stay ours

# (question, the clauses one of which the answer must cite)
OURS = [
    ("消化外科醫學會的年會可以拿幾分外科積分？", {"tsa-cme/5.3"}),
    ("参加消化外科医学会年会，外科医学会的积分怎么算？", {"tsa-cme/5.3"}),
    ("Does attending the Taiwan Society of Digestive Surgery annual congress earn TSA credits?", {"tsa-cme/5.3"}),
    ("心臟血管外科醫學會的年會算外科積分幾分？", {"tsa-cme/5.3"}),
    ("外科专科六年要多少积分才能换证？", {"tsa-cme/10"}),
    ("我是外科專科，六年要多少積分才能換證？", {"tsa-cme/10"}),
    ("How many points over six years does the TSA specialist cert need for renewal?", {"tsa-cme/10"}),
    ("TSIR instructor cert renewal — how many points?", {"tsir-instructor/5"}),
    ("I lost my instructor cert; how much is a replacement?", {"tsir-instructor/8.2"}),
    ("TSIR 指導老師（腫瘤栓塞）要幾例？", {"tsir-instructor/2.2"}),
    ("血管攝影室做的 PTA 算血管介入嗎？", {"tsir-instructor/2.4", "tsir-instructor/2.4.1", "tsir-instructor/2.4.2",
                                  "tsir-instructor/2.4.3"}),
    ("The HPA's on-site test of our mammography unit: what is the phantom pass score?", {"hpa-mammo/2.2.1.1", "hpa-mammo/2.2.1"}),
]


@pytest.mark.parametrize(("question", "clauses"), OURS)
def test_a_near_miss_of_ours_is_answered(ask, question, clauses):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
    assert clauses & {c.id for c in answer.citations}, [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "Does a TACE done in the angio suite count as tumour embolization for the instructor certificate?",
    "DSA 下做的栓塞算哪個領域？",
    "Do CT-guided biopsy cases count toward the TSIR instructor certificate?",
    "參加胸腔外科醫學會年會（兩天）外科積分幾分？",
    "I went to the Endoscopy Society congress (2 days) — how many TSA credits?",
    "我是外科專科醫師，也是家醫科醫師，外科專科證書展延要幾分？",
    "Do neurosurgery society annual meeting days earn TSA credits?",
])
def test_our_words_beside_a_neighbours_stay_in_scope(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize(("written", "read"), [
    ("the subspecialty cert", "the subspecialty certificate"),
    ("their certs.", "their certificates."),
    ("TSIR CERT", "TSIR certificate"),
    ("a concert", "a concert"),
    ("uncertain", "uncertain"),
])
def test_the_certificate_said_short_is_read_in_full(written, read):
    from bot.scope import _scope_text

    assert _scope_text(written) == read
