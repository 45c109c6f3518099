"""Pydantic models of the structured corpus: documents and their clauses."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocId = Literal["tsa-cme", "tsir-instructor", "hpa-mammo"]
DOC_IDS: tuple[str, ...] = ("tsa-cme", "tsir-instructor", "hpa-mammo")


class Clause(BaseModel):
    """One citable unit of a regulation, with its own text only (children hold theirs)."""

    id: str = Field(description="Citation id DOC/PATH, e.g. tsa-cme/5.12 (SPEC §2)")
    doc: str = Field(description="Document id, e.g. tsa-cme")
    path: str = Field(description="Dotted path inside the document, e.g. 5.12, 2.1.2.3.1, 5.4.n2; '' for preamble")
    label: str = Field(description="Chinese designation, e.g. 第五條第十二款, 二(一)2(3)乙")
    parent: str | None = Field(default=None, description="Citation id of the enclosing clause")
    kind: str = Field(description="article | item | subitem | note | section | table | preamble | heading")
    heading: str | None = Field(default=None, description="Short title of the clause if the text has one")
    text: str = Field(description="Verbatim text, extraction artefacts removed")
    gist_zh: str | None = Field(default=None, description="A staff member's one-line summary in Traditional Chinese")
    gist_en: str | None = Field(default=None, description="The same summary in English")
    asks: list[str] = Field(default_factory=list, description="Questions people ask that this clause answers "
                            "(knowledge/asks/, written from the clause alone)")

    def gist(self, lang: str) -> str | None:
        """The curated one-line summary in the answer's language (zh-TW or en)."""
        return self.gist_en if lang == "en" else self.gist_zh


class Document(BaseModel):
    """A regulation with its metadata and its clauses in document order."""

    id: str
    title: str
    short_title: str = Field(description="Short name for labels in tight spaces")
    issuer: str
    dates: list[dict] = Field(default_factory=list, description="[{event, roc, gregorian}] e.g. 訂定/修改")
    source_file: str = Field(description="File under knowledge/sources/ the text was cleaned from")
    clauses: list[Clause]
