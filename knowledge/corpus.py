"""Load the structured corpus (knowledge/corpus/*.yaml) and look clauses up by citation id."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.models import DOC_IDS, Clause, Document

# libyaml's parser when PyYAML has it: the same objects as yaml.safe_load (tests/knowledge/test_perf_caches.py compares
# every corpus and asks file), ~20x less CPU at every process start (0.41 s → 0.02 s on a busy 2-core machine).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(fh) -> object:  # noqa: ANN001 - an open text file
    """One YAML document, safely (no Python tags), with the fastest safe loader available."""
    return yaml.load(fh, Loader=_YAML_LOADER)  # noqa: S506 - a SafeLoader

CORPUS_DIR = Path(__file__).parent / "corpus"
ASKS_DIR = Path(__file__).parent / "asks"
# The sets of asks, each by its own writers (knowledge/asks/README.md): folders under ASKS_DIR, one file per regulation.
ASK_SETS = (".", "second")


@dataclass(frozen=True)
class Corpus:
    """All three documents, with an id → clause map."""

    documents: dict[str, Document]
    by_id: dict[str, Clause] = field(repr=False)

    @property
    def clauses(self) -> list[Clause]:
        """Every clause of every document, in document order."""
        return [c for d in self.documents.values() for c in d.clauses]

    def get(self, clause_id: str) -> Clause | None:
        return self.by_id.get(clause_id)

    def __contains__(self, clause_id: object) -> bool:
        return clause_id in self.by_id

    def children(self, clause_id: str) -> list[Clause]:
        return [c for c in self.documents[clause_id.split("/")[0]].clauses if c.parent == clause_id]

    def descendants(self, clause_id: str) -> list[Clause]:
        """The clause's children, grandchildren … in document order."""
        doc = self.documents[clause_id.split("/")[0]]
        prefix = clause_id.split("/", 1)[1] + "."
        return [c for c in doc.clauses if c.path.startswith(prefix)]

    def ancestors(self, clause_id: str) -> list[Clause]:
        """Enclosing clauses, outermost first."""
        out: list[Clause] = []
        clause = self.by_id.get(clause_id)
        while clause is not None and clause.parent:
            clause = self.by_id.get(clause.parent)
            if clause is not None:
                out.insert(0, clause)
        return out

    def full_label(self, clause_id: str) -> str:
        """Document title plus the clause designation, e.g. 台灣外科醫學會繼續教育積分認定辦法 第五條第十二款."""
        clause = self.by_id[clause_id]
        return f"{self.documents[clause.doc].title} {clause.label}".strip()

    def full_text(self, clause_id: str) -> str:
        """The clause's own text followed by all its descendants' texts."""
        parts = [self.by_id[clause_id].text] + [c.text for c in self.descendants(clause_id)]
        return "\n".join(p for p in parts if p)

    def quote(self, clause_id: str, max_chars: int = 160) -> str:
        """A verbatim quote of the clause (with its sub-clauses), shortened with … if long."""
        text = self.full_text(clause_id).strip()
        return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"

    @property
    def content_hash(self) -> str:
        """Changes whenever any clause's id, label or text changes (drives index rebuilds; a changed English gist
        rebuilds the index through the chunking digest instead)."""
        h = hashlib.sha256()
        for c in self.clauses:
            h.update(f"{c.id}\x1f{c.label}\x1f{c.heading or ''}\x1f{c.text}\x1e".encode())
        return h.hexdigest()[:16]


def load_document(path: Path, asks_paths: Path | Sequence[Path] | None = None) -> Document:
    """Parse and validate one corpus YAML file, with each clause's asks (clause id → questions) from each
    of `asks_paths` that exists, in order; a question an earlier file already has for that clause is kept once.
    An ask for a clause the document lacks is an error, not silently dropped."""
    with path.open(encoding="utf-8") as fh:
        data = read_yaml(fh)
    clauses = {c["id"]: c for c in data["clauses"]}
    for asks_path in [asks_paths] if isinstance(asks_paths, Path) else asks_paths or []:
        if not asks_path.exists():
            continue
        with asks_path.open(encoding="utf-8") as fh:
            asks = read_yaml(fh) or {}
        unknown = sorted(set(asks) - set(clauses))
        if unknown:
            raise ValueError(f"{asks_path.name}: asks for clauses the document lacks: {', '.join(unknown)}")
        for clause_id, questions in asks.items():
            kept = clauses[clause_id].setdefault("asks", [])
            kept.extend(q for q in questions or [] if q not in kept)
    return Document.model_validate(data)


@lru_cache(maxsize=4)
def load_corpus(corpus_dir: Path = CORPUS_DIR, asks_dir: Path | None = ASKS_DIR) -> Corpus:
    """Load the three documents with their asks, every set (ASK_SETS) (cached: the corpus is read-only at run time)."""
    documents = {doc_id: load_document(corpus_dir / f"{doc_id}.yaml",
                                       [asks_dir / s / f"{doc_id}.yaml" for s in ASK_SETS] if asks_dir else None)
                 for doc_id in DOC_IDS}
    by_id: dict[str, Clause] = {}
    for doc in documents.values():
        for clause in doc.clauses:
            if clause.id in by_id:
                raise ValueError(f"duplicate clause id {clause.id}")
            by_id[clause.id] = clause
    return Corpus(documents=documents, by_id=by_id)
