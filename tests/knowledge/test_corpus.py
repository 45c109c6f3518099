"""The structured corpus (knowledge/corpus/*.yaml): ids, labels, structure and no text lost."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from knowledge.corpus import CORPUS_DIR, load_corpus, load_document
from knowledge.labels import label_for, zh_numeral
from knowledge.models import DOC_IDS

SOURCES = Path(__file__).resolve().parents[2] / "knowledge" / "sources"
DOCS = {doc_id: load_document(CORPUS_DIR / f"{doc_id}.yaml") for doc_id in DOC_IDS}
ALL_CLAUSES = [c for d in DOCS.values() for c in d.clauses]

# Every id SPEC §2 names or SPEC §4's calculators cite, with a phrase its own text must contain.
CITED = [
    ("tsa-cme/5.1", "參加本會年會,每次積分 60 分"),
    ("tsa-cme/5.2", "於月會擔任演講者,每次積分 20 分"),
    ("tsa-cme/5.3", "會議時間二天以上者,每次積分 30 分"),
    ("tsa-cme/5.4", "國際性或國外之醫學會"),
    ("tsa-cme/5.4.n2", "備註二、國際性會議不分國內、外"),
    ("tsa-cme/5.5", "超過二小時,每次積分 10 分"),
    ("tsa-cme/5.6", "每人最多 3 篇"),
    ("tsa-cme/5.7", "第二作者積分 25 分"),
    ("tsa-cme/5.8", "第七款與第八款,論文發表之積分累計一年總分不得超過60分"),
    ("tsa-cme/5.9", "前項進修一個月以內者"),
    ("tsa-cme/5.9.1", "國外進修,每月 8 分"),
    ("tsa-cme/5.9.2", "國內進修(限在醫學中心進修),每月 4 分"),
    ("tsa-cme/5.10", "其他外科相關醫學會"),
    ("tsa-cme/5.11", "衛生署委託本會認定之"),
    ("tsa-cme/5.12", "一年內不得累積超過 30 分"),
    ("tsa-cme/5.13", "ATLS"),
    ("tsa-cme/5.14", "一年扣抵 100 分"),
    ("tsa-cme/5.15", "澎湖、金門、馬祖、綠島及蘭嶼"),
    ("tsa-cme/10", "積分須滿 600 分且每年之積分不得有零分"),
    ("tsa-cme/10", "每一小時折算 3 分"),
    ("tsa-cme/11.n1", "屆滿之日起一年內,補行申請"),
    ("tsa-cme/11.n2", "85029982"),
    ("tsa-cme/11.n2.1", "(一)專科醫師應在證書效期屆滿前"),
    ("tsa-cme/11.n2.2", "於證書效期屆滿起一年內"),
    ("tsir-instructor/0", "特訂定「台灣介入放射線學會影像導引介入性診療專長指導老師認證辦法」"),
    ("tsir-instructor/1.1", "專科醫師 8年以上"),
    ("tsir-instructor/1.2.1", "演講 3次(含)以上"),
    ("tsir-instructor/1.2.2", "SCI文章 2篇(含)以上"),
    ("tsir-instructor/2.1", "Image-guided localization"),
    ("tsir-instructor/2.1", "300例"),
    ("tsir-instructor/2.2", "動脈放射性栓塞(TARE)…等腫瘤治療術 300例"),
    ("tsir-instructor/2.3", "Non-tumor transcatheter arterial embolization"),
    ("tsir-instructor/2.4", "共 100例"),
    ("tsir-instructor/2.4.2", "洗腎通路"),
    ("tsir-instructor/2.4.4", "(TIPS)"),
    ("tsir-instructor/2.5", "Biliary/Urinary/Gastrointestinal stenting"),
    ("tsir-instructor/2.6", "180例"),
    ("tsir-instructor/4", "期滿前半年"),
    ("tsir-instructor/5", "200分以上"),
    ("tsir-instructor/5.1", "full article 40 分(其餘作者 15分)"),
    ("tsir-instructor/5.2", "case report: 10 分(其餘作者 5分)"),
    ("tsir-instructor/5.3", "(國外)40分;(國內)20分"),
    ("tsir-instructor/5.4", "一次可抵繼續教育課程15分"),
    ("tsir-instructor/6", "年齡屆滿 60歲以上"),
    ("hpa-mammo/2.1.1.2.1", "40% - 50%"),
    ("hpa-mammo/2.1.1.2.2", "並須通過跑片考試"),
    ("hpa-mammo/2.1.1.2.3", "超過 60%或陰性個案複判差異超過 20%"),
    ("hpa-mammo/2.1.1.2.4", "並停權三個月"),
    ("hpa-mammo/2.1.2.2.1", "甲、評等表"),
    ("hpa-mammo/2.1.2.2.1", "自選片臨床影像評估（一組） | 360 分以上 | 340-359 分 | 320-339 分 | 未達 320 分"),
    ("hpa-mammo/2.1.2.2.1.n1", "以 2 組自選片臨床影像評估分數較低組為評等結果"),
    ("hpa-mammo/2.1.2.2.1.n2", "某放射師（士）之抽片平均成績"),
    ("hpa-mammo/2.1.2.2.2", "乙、輔導措施"),
    ("hpa-mammo/2.1.2.2.2", "任一項 D 等：立即停止攝影"),
    ("hpa-mammo/2.1.2.3.1", "500 案"),
    ("hpa-mammo/2.1.2.3.2", "/365 天 X 6000 案之總和"),
    ("hpa-mammo/2.2.1.1", "假體影像分析 | 85 分以上 | 77-84 分 | 70-76 分 | 未達 70 分"),
    ("hpa-mammo/2.2.1.1.n1", "CR 須加測曝露指標之確認"),
    ("hpa-mammo/2.2.1.2", "任一項 B 或 C 等：若係人為因素導致"),
    ("hpa-mammo/2.3.1", "臨床影像評估\n自選片臨床影像評估(一組) | 360 分以上 | 340-359 分"),
    ("hpa-mammo/2.3.1.n1", "取此 2 組分數低者"),
    ("hpa-mammo/2.3.1.n2", "某醫療機構之所有抽片平均成績"),
    ("hpa-mammo/2.3.2", "2、輔導措施"),
    ("hpa-mammo/2.3.2.1", "B、C、D 等"),
    ("hpa-mammo/2.4.1", "40 案"),
    ("hpa-mammo/2.4.1", "最多以 3 人為限"),
    ("hpa-mammo/2.4.2", "(550 案)"),
    ("hpa-mammo/2.5", "追蹤完成率 < 60% | -20%"),
    ("hpa-mammo/2.5.4", "category 「3」的個案須於 6 個月內完成複檢"),
]

SPEC_LABELS = [
    ("tsa-cme/5.12", "第五條第十二款"),
    ("tsa-cme/5.4.n2", "第五條第四款備註二"),
    ("tsa-cme/11.n2.1", "第十一條備註二(一)"),
    ("tsir-instructor/2.6", "第二條第六款"),
    ("tsir-instructor/1.2.2", "第一條第二款(2)"),
    ("hpa-mammo/2.1.2.3.1", "二(一)2(3)甲"),
    ("hpa-mammo/2.1.2.3.2", "二(一)2(3)乙"),
    ("hpa-mammo/2.1.1.2.3", "二(一)1(2)丙"),
    ("hpa-mammo/2.5", "二(五)"),
    ("hpa-mammo/2.5.4", "二(五)4"),
    ("hpa-mammo/2.4.1", "二(四)1"),
    ("hpa-mammo/2.1.2.2.1.n1", "二(一)2(2)甲備註1"),
    ("hpa-mammo/2.2.1.1.n1", "二(二)1(1)備註"),
]

# What the cleaned copy deliberately does differently from the seed, on normalised text (see _norm).
# ("drop", text): header lines kept as document metadata (title, dates) or web breadcrumbs.
# ("move", block, anchor): a paragraph printed after a clause's sub-items, kept in that clause's own
#   text and so placed before the anchor (the first sub-item).
# ("repair", old, new): a documented fix of an extraction artefact.
EDITS: dict[str, list[tuple[str, ...]]] = {
    "tsa-cme": [
        ("drop", "法規條文教育積分認定辦法台灣外科醫學會繼續教育積分認定辦法"),
        ("move", "第七款與第八款,論文發表之積分累計一年總分不得超過60分。", "申請者須:(1)檢附該篇文章"),
        ("move", "前項進修一個月以內者,專案申請送教育委員會審核。(給分範圍:國外不超過8分,國內不超過4分)"
                 "申請者須:檢附含有進修起迄日期之畢業、結業等證明影本,註明會員號碼及中文姓名。", "1、國外進修"),
    ],
    "tsir-instructor": [
        ("drop", "台灣介入放射線學會影像導引介入性治療分項專長指導老師認證辦法"
                 "常務理事會議時間:109年10月7日訂定中華民國110年5月14日修改"),
    ],
    "hpa-mammo": [
        ("drop", "【附件四】預防保健服務之乳房X光攝影醫療機構資格後續審查作業"),
        ("repair", "<https://boc.hpa.gov.tw/>", "https://boc.hpa.gov.tw/"),
        # The facility table's merged cell printed vertically ("臨 … / 床 影 像 評 估 (一組)").
        ("repair", "臨自選片臨床影像評估360分以上340-359分320-339分未達320分床影像評估(一組)",
                   "臨床影像評估自選片臨床影像評估(一組)360分以上340-359分320-339分未達320分"),
    ],
}


def _norm(text: str) -> str:
    """Drop layout: markdown bullets/headings at line starts, **, table pipes, all whitespace."""
    lines = (re.sub(r"^\s*(?:[-#]+\s+|#+)", "", line) for line in text.splitlines())
    return re.sub(r"[\s*|]", "", "".join(lines))


def _apply_edits(seed: str, edits: list[tuple[str, ...]]) -> str:
    for kind, *args in edits:
        old = args[0]
        assert seed.count(old) == 1, f"{kind} edit does not match the seed exactly once: {old}"
        if kind == "drop":
            seed = seed.replace(old, "")
        elif kind == "repair":
            seed = seed.replace(old, args[1])
        else:  # move
            seed = seed.replace(old, "")
            assert seed.count(args[1]) == 1, f"move anchor not unique: {args[1]}"
            seed = seed.replace(args[1], old + args[1])
    return seed


def _path_key(path: str) -> tuple[tuple[int, int], ...]:
    """Document order of paths: 5.4 < 5.4.n1 < 5.4.n2 < 5.5."""
    return tuple((1, int(p[1:])) if p.startswith("n") else (0, int(p)) for p in path.split("."))


def test_corpus_loads_all_documents():
    corpus = load_corpus()
    assert set(corpus.documents) == set(DOC_IDS)
    assert len(corpus.clauses) == len(ALL_CLAUSES)


@pytest.mark.parametrize(("clause_id", "phrase"), CITED, ids=[f"{i}:{p[:12]}" for i, p in CITED])
def test_cited_ids_resolve_to_the_right_text(clause_id, phrase):
    clause = load_corpus().get(clause_id)
    assert clause is not None, f"{clause_id} missing"
    assert phrase in clause.text


@pytest.mark.parametrize(("clause_id", "label"), SPEC_LABELS)
def test_spec_labels(clause_id, label):
    assert load_corpus().get(clause_id).label == label


def test_full_label_joins_title_and_designation():
    assert load_corpus().full_label("tsa-cme/5.12") == "台灣外科醫學會繼續教育積分認定辦法 第五條第十二款"


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_no_seed_text_is_lost(doc_id):
    doc = DOCS[doc_id]
    expected = _apply_edits(_norm((SOURCES / doc.source_file).read_text(encoding="utf-8")), EDITS[doc_id])
    actual = _norm("\n".join(c.text for c in doc.clauses))
    diff = [
        f"{op}: seed {expected[i1:i2]!r} → corpus {actual[j1:j2]!r}"
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, expected, actual, autojunk=False).get_opcodes()
        if op != "equal"
    ]
    assert actual == expected, "corpus text differs from the seed:\n" + "\n".join(diff)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_dropped_header_is_kept_as_metadata(doc_id):
    doc = DOCS[doc_id]
    dropped = "".join(e[1] for e in EDITS[doc_id] if e[0] == "drop")
    assert _norm(doc.title.split(" (")[0]) in dropped
    for date in doc.dates:
        year = int(re.search(r"\d+", date["roc"]).group())
        assert date["gregorian"].startswith(f"{year + 1911}-"), date
        month_day = [int(n) for n in re.findall(r"\d+", date["roc"])[1:3]]
        assert [int(n) for n in date["gregorian"].split("-")[1:]] == month_day, date


def test_clause_ids_are_unique():
    ids = [c.id for c in ALL_CLAUSES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_structure_ids_parents_and_order(doc_id):
    doc = DOCS[doc_id]
    seen: set[str] = set()
    for clause in doc.clauses:
        assert clause.doc == doc_id
        assert clause.id == f"{doc_id}/{clause.path}"
        assert re.fullmatch(r"\d+(\.(n?\d+))*", clause.path), clause.id
        head, _, _ = clause.path.rpartition(".")
        assert clause.parent == (f"{doc_id}/{head}" if head else None), clause.id
        assert clause.parent is None or clause.parent in seen, f"{clause.id}: parent after child"
        seen.add(clause.id)
    paths = [c.path for c in doc.clauses]
    assert paths == sorted(paths, key=_path_key), "clauses not in document order"


@pytest.mark.parametrize("clause", ALL_CLAUSES, ids=lambda c: c.id)
def test_label_matches_id(clause):
    assert clause.label == label_for(clause.id)


@pytest.mark.parametrize("clause", ALL_CLAUSES, ids=lambda c: c.id)
def test_text_is_clean(clause):
    text = clause.text
    assert text.strip() and text == text.strip()
    assert "**" not in text and "\t" not in text and "<http" not in text
    assert not re.search(r"^(?:- |#)", text, re.M), "markdown bullet or heading left"
    assert not re.search(r"\d+年 \d+月", text), "PDF space inside a date"
    if clause.heading is not None:
        assert 0 < len(clause.heading) <= 30 and "\n" not in clause.heading


TABLES = ["hpa-mammo/2.1.2.2.1", "hpa-mammo/2.2.1.1", "hpa-mammo/2.3.1", "hpa-mammo/2.5"]


@pytest.mark.parametrize("clause_id", TABLES)
def test_tables_are_rows_with_the_header_cell_count(clause_id):
    clause = load_corpus().get(clause_id)
    assert clause.kind == "table"
    rows = [line.split(" | ") for line in clause.text.splitlines() if " | " in line]
    assert len(rows) >= 3 and all(len(row) == len(rows[0]) for row in rows), rows
    assert all(cell.strip() for row in rows for cell in row)


def test_english_words_split_by_wraps_keep_their_space():
    corpus = load_corpus()
    assert "(Image-guided localization /biopsy" in corpus.get("tsir-instructor/2.1").text
    assert "(Non-tumor transcatheter arterial embolization)" in corpus.get("tsir-instructor/2.3").text


@pytest.mark.parametrize(("n", "zh"), [(1, "一"), (10, "十"), (11, "十一"), (15, "十五"), (20, "二十"), (21, "二十一")])
def test_zh_numeral(n, zh):
    assert zh_numeral(n) == zh


@pytest.mark.parametrize("bad", [0, 100, -1])
def test_zh_numeral_out_of_range(bad):
    with pytest.raises(ValueError):
        zh_numeral(bad)


def test_retrieval_eval_gold_ids_exist():
    """evals/cases/retrieval.yaml: every gold id is a corpus clause; all documents and languages covered."""
    import yaml

    path = Path(__file__).resolve().parents[2] / "evals" / "cases" / "retrieval.yaml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    corpus = load_corpus()
    assert len(cases) >= 75
    missing = [(c["id"], g) for c in cases for g in c["expect"]["gold_ids"] if g not in corpus]
    assert not missing
    assert {g.split("/")[0] for c in cases for g in c["expect"]["gold_ids"]} == set(DOC_IDS)
    share = {lang: sum(c["lang"] == lang for c in cases) / len(cases) for lang in ("zh-TW", "zh-CN", "en")}
    assert share["zh-TW"] >= 0.4 and share["zh-CN"] >= 0.15 and share["en"] >= 0.25, share
