"""Clause → chunk text: what gets embedded and what the lexical ranking reads.

One chunk per clause, so a hit cites exactly one clause. Each chunk carries its
context: the document title and the labels and headings of the enclosing clauses
(台灣外科醫學會繼續教育積分認定辦法 第五條 繼續教育積分之認定 > 第十二款 非本會舉辦活動之積分上限: …).

Sub-clauses' text is NOT copied into the parent's chunk: measured on the retrieval
eval set, parents that carry their children's text outrank the one child that
answers the question (MRR 0.82 with it, 0.90 without; headings only: 0.87). Broad
questions still reach a parent through its own text, heading and label.

Each clause's asks — questions people ask that it answers, written from the clause alone
(knowledge/asks/, two sets) — are one more entry per clause (`ask_chunks`): each ask is embedded
and the entry's vector is their mean, so a question also meets questions in everyday words and a
clause ranks by how near the question is to what its asks have in common (see knowledge.retrieve).

Each clause's curated English gist is embedded too, as extra vectors beside the clause
chunk (`english_gist_chunks`), searched for English questions only: an English question
then meets English text instead of only the Chinese clause (see knowledge.retrieve).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from knowledge.corpus import Corpus
from knowledge.models import Clause

# Recorded in the index manifest together with a digest of the chunk texts (any change rebuilds).
# 3: the English gists are indexed as extra vectors with a `field` in their metadata.
# 4: the clauses' asks (questions people ask that the clause answers) are indexed too.
# 5: one ask entry per clause, the mean of its asks' vectors (`Chunk.parts`).
CHUNKING_VERSION = "5"
TEXT_FIELD = "text"  # the clause chunk: what every dense query searches
GIST_FIELDS = ("gist_en", "gist_en_ctx")  # the English gist, alone and after its parent's
ASK_FIELD = "ask"  # one of the questions a clause answers (knowledge/asks/)


class Chunk(BaseModel):
    """One index entry: the searchable text of a clause, or one of its English gists."""

    id: str = Field(description="The clause id for a clause chunk; CLAUSE#FIELD for a gist vector")
    doc: str
    label: str
    text: str
    field: str = Field(default=TEXT_FIELD, description="What the text is: TEXT_FIELD, one of GIST_FIELDS or ASK_FIELD")
    parts: list[str] = Field(default_factory=list, description="Texts embedded one by one whose mean is the entry's "
                             "vector (a clause's asks); empty: `text` is embedded")


def clause_id(entry_id: str) -> str:
    """The clause id of an index entry id (tsa-cme/5.12#gist_en → tsa-cme/5.12)."""
    return entry_id.split("#", 1)[0]


def relative_label(clause: Clause, parent: Clause | None) -> str:
    """The clause's own part of its label: 第五條第十二款 under 第五條 → 第十二款."""
    if parent is not None and parent.label and clause.label.startswith(parent.label):
        return clause.label[len(parent.label):].strip() or clause.label
    return clause.label


def _designation(clause: Clause, parent: Clause | None) -> str:
    head = relative_label(clause, parent)
    return f"{head} {clause.heading}" if clause.heading and clause.heading != head else head


def context_line(corpus: Corpus, clause: Clause) -> str:
    """Title and enclosing clauses: 台灣外科醫學會繼續教育積分認定辦法 第五條 繼續教育積分之認定 > 第十二款."""
    chain = [*corpus.ancestors(clause.id), clause]
    parts = [_designation(c, chain[i - 1] if i else None) for i, c in enumerate(chain)]
    title = corpus.documents[clause.doc].title
    return f"{title} " + " > ".join(p for p in parts if p)


def chunk_text(corpus: Corpus, clause: Clause) -> str:
    """Context line, then the clause's own text (not its sub-clauses': see the module docstring)."""
    return f"{context_line(corpus, clause)}: {clause.text.strip()}"


def build_chunks(corpus: Corpus) -> list[Chunk]:
    """One chunk per clause, in document order (a clause with neither text nor heading is skipped)."""
    chunks = []
    for clause in corpus.clauses:
        if not clause.text.strip() and not clause.heading:
            continue
        chunks.append(Chunk(id=clause.id, doc=clause.doc, label=clause.label, text=chunk_text(corpus, clause)))
    return chunks


def english_gist_chunks(corpus: Corpus) -> list[Chunk]:
    """The English gists as index entries: each clause's gist alone, and after its parent's gist.

    A sub-item's gist often leaves its subject to its parent ("any D: stop imaging at once"
    under "grades and counselling measures for radiographers' clinical images"); the second
    entry gives it back. A clause scores the better of its two (max-sim). Measured against one entry per
    clause (the gist after its parent's only, half the embedding at build): blind development rules
    recall@1 0.707 → 0.696 and the routing cases' recall@1 0.811 → 0.757 in `regbot eval`, so both stay.
    """
    entries = []
    for clause in corpus.clauses:
        if not clause.gist_en:
            continue
        base = {"doc": clause.doc, "label": clause.label}
        entries.append(Chunk(id=f"{clause.id}#gist_en", text=clause.gist_en, field="gist_en", **base))
        parent = corpus.get(clause.parent) if clause.parent else None
        if parent is not None and parent.gist_en:
            entries.append(Chunk(id=f"{clause.id}#gist_en_ctx", text=f"{parent.gist_en} > {clause.gist_en}",
                                 field="gist_en_ctx", **base))
    return entries


def ask_chunks(corpus: Corpus) -> list[Chunk]:
    """Each clause's asks as one index entry (CLAUSE#ask) whose vector is the mean of the asks' vectors,
    searched by every question (knowledge.retrieve)."""
    return [Chunk(id=f"{clause.id}#{ASK_FIELD}", doc=clause.doc, label=clause.label, text="\n".join(clause.asks),
                  field=ASK_FIELD, parts=list(clause.asks))
            for clause in corpus.clauses if clause.asks]
