"""BUILD: chunk the corpus, embed the chunks, write them to a Chroma collection.

The collection is named after a manifest key (corpus content hash + embedder name +
chunking version), so a change to any of them finds no collection and triggers a
rebuild. A build writes into a temporary collection and renames it only when it is
complete: a crash mid-build leaves no half index under the final name. The manifest
is also written as ``manifest.json`` beside a local index, for people and for the
"why are we rebuilding" message.

Chroma runs embedded (``PersistentClient`` under ``settings.index_dir``) unless
``REGBOT_CHROMA_URL`` names a server. We always pass our own vectors: no Chroma
embedding function (its default would download a model), telemetry off.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from bot.errors import ChromaUnreachable, IndexUnavailable
from bot.settings import Settings
from knowledge.chunks import CHUNKING_VERSION, Chunk
from knowledge.embeddings import Embedder

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

log = logging.getLogger("regbot.index")

Progress = Callable[[str, int, int], None]
COLLECTION_PREFIX = "regbot-"
_BUILDING = "-building-"
_BATCH = 32


class IndexManifest(BaseModel):
    """What an index was built from; any difference means a rebuild."""

    key: str
    corpus_hash: str
    embedder: str
    chunking: str
    collection: str
    count: int
    dim: int
    built_at: str = ""
    build_seconds: float = 0.0


def chunking_id(chunks: list[Chunk]) -> str:
    """CHUNKING_VERSION plus a digest of the chunk texts: any change in what is embedded shows here."""
    h = hashlib.sha256()
    for c in chunks:
        h.update(f"{c.id}\x1f{c.text}\x1e".encode())
    return f"{CHUNKING_VERSION}.{h.hexdigest()[:8]}"


def manifest_key(corpus_hash: str, embedder: str, chunking: str) -> str:
    """Short stable key of the three inputs of an index."""
    return hashlib.sha256(f"{corpus_hash}\x1f{embedder}\x1f{chunking}".encode()).hexdigest()[:16]


def collection_name(key: str) -> str:
    return f"{COLLECTION_PREFIX}{key}"


# ---------------------------------------------------------------- clients


def chroma_dir(settings: Settings) -> Path:
    return settings.index_dir / "chroma"


def manifest_path(settings: Settings) -> Path:
    return settings.index_dir / "manifest.json"


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def connect_server(url: str) -> ClientAPI:
    """A client for the Chroma server at `url`; ChromaUnreachable (naming the URL) if it does not answer."""
    import chromadb

    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ChromaUnreachable(url, "expected a URL like http://host:8000")
    ssl = parts.scheme == "https"
    try:
        port = parts.port or (443 if ssl else 8000)
    except ValueError as exc:
        raise ChromaUnreachable(url, str(exc)) from exc
    try:
        client = chromadb.HttpClient(host=parts.hostname, port=port, ssl=ssl, settings=_chroma_settings())
        client.heartbeat()
    except Exception as exc:  # connection refused, DNS, TLS, HTTP errors: all "cannot reach"
        reason = str(exc).strip() or type(exc).__name__
        raise ChromaUnreachable(url, reason) from exc
    return client


def open_local(settings: Settings) -> ClientAPI:
    """The embedded persistent client under settings.index_dir (raises whatever Chroma raises)."""
    import chromadb

    path = chroma_dir(settings)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())


def wipe_local(settings: Settings, client: ClientAPI | None = None) -> None:
    """Remove the local Chroma folder (after closing our client on it)."""
    if client is not None:
        try:
            client.close()
        except Exception:  # a broken client may fail to close; the folder goes anyway
            pass
    shutil.rmtree(chroma_dir(settings), ignore_errors=True)
    manifest_path(settings).unlink(missing_ok=True)


# ---------------------------------------------------------------- manifest file


def read_manifest(settings: Settings) -> IndexManifest | None:
    """The local manifest.json, or None if missing or unreadable."""
    try:
        return IndexManifest.model_validate_json(manifest_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_manifest(settings: Settings, manifest: IndexManifest) -> None:
    """Write manifest.json atomically (temp file + rename)."""
    path = manifest_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(manifest.model_dump(), fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def rebuild_reason(old: IndexManifest | None, new_key: str, corpus_hash: str, embedder: str) -> str:
    """Human words for why an index is being (re)built."""
    if old is None:
        return "building the search index"
    if old.key == new_key:
        return "the search index was incomplete; rebuilding"
    if old.embedder != embedder:
        return f"the embedding backend changed ({old.embedder} → {embedder}); rebuilding the search index"
    if old.corpus_hash != corpus_hash:
        return "the regulation corpus changed; rebuilding the search index"
    return "the chunking changed; rebuilding the search index"


# ---------------------------------------------------------------- build


def build_collection(
    client: ClientAPI,
    chunks: list[Chunk],
    embedder: Embedder,
    *,
    corpus_hash: str,
    progress: Progress | None = None,
) -> tuple[Collection, IndexManifest]:
    """Embed `chunks` and write them to a fresh collection, swapped in under its final name when complete."""
    started = time.perf_counter()
    chunking = chunking_id(chunks)
    key = manifest_key(corpus_hash, embedder.name, chunking)
    final = collection_name(key)
    report = progress or (lambda stage, done, total: None)

    vectors: list[list[float]] = []
    report("embedding", 0, len(chunks))
    for start in range(0, len(chunks), _BATCH):
        vectors.extend(embedder.embed_documents([c.text for c in chunks[start : start + _BATCH]]))
        report("embedding", len(vectors), len(chunks))
    dim = len(vectors[0]) if vectors else 0

    manifest = IndexManifest(key=key, corpus_hash=corpus_hash, embedder=embedder.name, chunking=chunking,
                             collection=final, count=len(chunks), dim=dim)
    temp = f"{final}{_BUILDING}{uuid.uuid4().hex[:8]}"
    collection = client.create_collection(
        temp,
        embedding_function=None,
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"key": key, "corpus_hash": corpus_hash, "embedder": embedder.name, "chunking": chunking},
    )
    try:
        report("writing", 0, len(chunks))
        for start in range(0, len(chunks), _BATCH * 4):
            batch = chunks[start : start + _BATCH * 4]
            collection.add(
                ids=[c.id for c in batch],
                embeddings=vectors[start : start + len(batch)],
                documents=[c.text for c in batch],
                metadatas=[{"doc": c.doc, "label": c.label} for c in batch],
            )
            report("writing", start + len(batch), len(chunks))
        _drop(client, final)  # the stale or broken one under the final name, if any
        collection.modify(name=final)
    except BaseException:
        _drop(client, temp)
        raise
    manifest.built_at = datetime.now(UTC).isoformat(timespec="seconds")
    manifest.build_seconds = round(time.perf_counter() - started, 3)
    return collection, manifest


def _drop(client: ClientAPI, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # NotFoundError, or already gone
        pass


def drop_stale(client: ClientAPI, keep: str) -> None:
    """Delete our other collections (older builds, leftovers of crashed builds); embedded index only."""
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if name.startswith(COLLECTION_PREFIX) and name != keep:
            _drop(client, name)


def check_collection(client: ClientAPI, name: str, count: int) -> Collection | None:
    """The complete collection `name`, or None if it is missing. Raises if it exists but is broken."""
    from chromadb.errors import NotFoundError

    try:
        collection = client.get_collection(name, embedding_function=None)
    except NotFoundError:
        return None
    except ValueError as exc:  # older Chroma said "does not exist" with a ValueError
        if "does not exist" in str(exc):
            return None
        raise
    if collection.count() != count:
        raise IndexUnavailable(f"collection {name} holds {collection.count()} chunks, expected {count}")
    # Read one vector back and search with it: proves the vector segment is readable, not just sqlite.
    probe = collection.get(limit=1, include=["embeddings"])
    if count and probe["embeddings"] is not None and len(probe["embeddings"]):
        collection.query(query_embeddings=[probe["embeddings"][0]], n_results=1, include=[])
    return collection


# ---------------------------------------------------------------- open or build


class OpenedIndex(BaseModel):
    """A ready collection and what it was built from."""

    model_config = {"arbitrary_types_allowed": True}

    client: Any
    collection: Any
    manifest: IndexManifest
    built: bool  # True when this call (re)built it
    notices: list[str]  # messages shown to the operator (rebuild reasons)
    location: str  # folder or server URL, for messages


def ensure_index(
    settings: Settings,
    chunks: list[Chunk],
    embedder: Embedder,
    *,
    corpus_hash: str,
    progress: Progress | None = None,
    rebuild: bool = False,
) -> OpenedIndex:
    """Open the index for these chunks and this embedder, building it first when missing, stale or broken.

    A local index folder that Chroma cannot read is wiped and rebuilt, with a message
    (never a traceback). A configured server that does not answer raises ChromaUnreachable.
    """
    chunking = chunking_id(chunks)
    key = manifest_key(corpus_hash, embedder.name, chunking)
    name = collection_name(key)
    notices: list[str] = []

    def notice(message: str, level: int = logging.WARNING) -> None:
        log.log(level, message)
        notices.append(message)

    remote = bool(settings.chroma_url)
    location = settings.chroma_url if remote else str(chroma_dir(settings))
    collection = None
    if remote:
        client = connect_server(settings.chroma_url or "")
        if not rebuild:
            try:
                collection = check_collection(client, name, len(chunks))
            except Exception as exc:  # a half-written or mismatched collection on the server: rebuild it
                notice(f"the search index on {location} is unusable ({_short(exc)}); rebuilding it")
    else:
        client = None
        try:
            client = open_local(settings)
            if not rebuild:
                collection = check_collection(client, name, len(chunks))
        except Exception as exc:  # sqlite "file is not a database", missing segment files, …
            notice(f"the search index at {location} is unreadable ({_short(exc)}); rebuilding it")
            wipe_local(settings, client)
            try:
                client = open_local(settings)
            except Exception as exc2:
                raise IndexUnavailable(f"cannot open the search index at {location}: {_short(exc2)}") from exc2

    if collection is not None:
        meta = collection.metadata or {}
        manifest = read_manifest(settings) if not remote else None
        if manifest is None or manifest.key != key:
            manifest = IndexManifest(key=key, corpus_hash=corpus_hash, embedder=embedder.name,
                                     chunking=str(meta.get("chunking", chunking)), collection=name,
                                     count=len(chunks), dim=0)
            if not remote:
                write_manifest(settings, manifest)
        return OpenedIndex(client=client, collection=collection, manifest=manifest, built=False,
                           notices=notices, location=location)

    if rebuild:
        notice("rebuilding the search index", logging.INFO)
    elif not notices:
        old = None if remote else read_manifest(settings)
        first = old is None
        notice(rebuild_reason(old, key, corpus_hash, embedder.name), logging.INFO if first else logging.WARNING)
    try:
        collection, manifest = build_collection(client, chunks, embedder, corpus_hash=corpus_hash, progress=progress)
    except Exception as exc:
        raise IndexUnavailable(f"cannot build the search index at {location}: {_short(exc)}") from exc
    if not remote:
        drop_stale(client, name)
        write_manifest(settings, manifest)
    return OpenedIndex(client=client, collection=collection, manifest=manifest, built=True,
                       notices=notices, location=location)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
