import pytest

from knowledge.corpus import load_corpus
from knowledge.lookup import cn_to_int, doc_hints, lookup, parse_references

ART = ("tsa-cme", "tsir-instructor")
ALL = ("tsa-cme", "tsir-instructor", "hpa-mammo")
HPA = ("hpa-mammo",)


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("九十九", 99), ("一百", 100), ("5", 5),
     ("兩", 2), ("甲", None)],
)
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    ("query", "refs"),
    [
        ("第五條第十二款", [(ART, "5.12")]),
        ("第5條", [(ART, "5")]),
        ("第5條第12款的上限", [(ART, "5.12")]),
        ("第五条第十二款", [(ART, "5.12")]),  # Simplified 条
        ("第五條第四款備註二", [(ART, "5.4.n2")]),
        ("第十一條備註一", [(ART, "11.n1")]),
        ("第十一條備註二(一)", [(ART, "11.n2.1")]),
        ("第一條第二款(2)", [(ART, "1.2.2")]),
        ("第九十九條", [(ART, "99")]),
        ("第0條", []),
        ("二(五)", [(HPA, "2.5")]),
        ("二、（五）扣款", [(HPA, "2.5")]),  # full-width brackets
        ("二(一)2(3)乙", [(HPA, "2.1.2.3.2")]),
        ("二(一)2(3)乙的合理量", [(HPA, "2.1.2.3.2")]),
        ("二(五)4", [(HPA, "2.5.4")]),
        ("二(五) 75%", [(HPA, "2.5")]),  # a number after a space is not a sub-item
        ("二(一)2(2)甲備註1", [(HPA, "2.1.2.2.1.n1")]),
        ("二(二)1(1)備註", [(HPA, "2.2.1.1.n1")]),  # the only note, unnumbered
        ("tsa-cme/5.12 和 hpa-mammo/2.5.4", [(("tsa-cme",), "5.12"), (HPA, "2.5.4")]),
        ("2.5.4", [(ALL, "2.5.4")]),
        ("規則2.5.4", [(ALL, "2.5.4")]),
        ("rule 5.12", [(ALL, "5.12")]),
        ("Article 5(12)", [(ART, "5.12")]),
        ("art. 5.12", [(ART, "5.12")]),
        ("article 5 item 15", [(ART, "5.15")]),
        ("2.5 hours of lectures", []),  # a plain decimal is not a reference
        ("完成率 72.5%", []),
        ("年會積分多少", []),
    ],
)
def test_parse_references(query, refs):
    assert parse_references(query) == refs


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("第五條第十二款是什麼？", ["tsa-cme/5.12"]),
        ("第一條第二款(2)", ["tsir-instructor/1.2.2"]),  # only the TSIR rules have that clause
        ("第5條", ["tsa-cme/5", "tsir-instructor/5"]),  # both regulations have an article 5
        ("外科醫學會第5條", ["tsa-cme/5"]),  # … a keyword picks one
        ("介入放射線學會第五條", ["tsir-instructor/5"]),
        ("二(五)", ["hpa-mammo/2.5"]),
        ("二(一)2(3)乙", ["hpa-mammo/2.1.2.3.2"]),
        ("二(四)1 乳攝車", ["hpa-mammo/2.4.1"]),
        ("tsa-cme/5.4.n2", ["tsa-cme/5.4.n2"]),
        ("第九十九條", []),  # no such article: nothing, no error
        ("二(九)", []),
        ("tsa-cme/99.1", []),
    ],
)
def test_lookup_against_the_corpus(corpus, query, ids):
    assert [c.id for c in lookup(corpus, query)] == ids


def test_lookup_restricted_to_a_document(corpus):
    assert [c.id for c in lookup(corpus, "第5條", doc="tsir-instructor")] == ["tsir-instructor/5"]
    assert lookup(corpus, "二(五)", doc="tsa-cme") == []


def test_doc_hints():
    assert doc_hints("乳攝車每天上限") == ["hpa-mammo"]
    assert doc_hints("TSA annual meeting") == ["tsa-cme"]
    assert doc_hints("天氣如何") == []
