"""BUILD: chunk the corpus, embed the chunks, write them to Chroma; keep a manifest.

An index is identified by a manifest key: the corpus content hash, the embedder name
and the chunking (version + digest of the chunk texts). When any of them changes, the
key changes and the index is rebuilt. Builds never leave a half index behind:

- embedded (default): each build writes a fresh folder ``index_dir/chroma-<key>-<id>``;
  ``index_dir/manifest.json`` is switched to it atomically only once it is complete,
  and older folders are removed afterwards. A crash mid-build leaves an orphan folder
  that the next build deletes; an unreadable folder is rebuilt with a message. The
  manifest may only name a folder directly inside ``index_dir`` (never ``../x``, an
  absolute path or a link out). A complete index in a folder this process cannot write
  (a read-only data folder) is opened from a private temporary copy, never rebuilt.
- server (``REGBOT_CHROMA_URL``): the collection is written under a temporary name and
  renamed to ``regbot-<key>`` when complete; the manifest travels as collection metadata.
  A user and password in the URL are sent as HTTP basic auth and shown masked everywhere.

We always pass our own vectors: no Chroma embedding function (its default downloads a
model), and telemetry off.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import numpy as np
from filelock import FileLock, Timeout
from pydantic import BaseModel, ConfigDict, field_validator

from core.errors import ChromaUnreachable, IndexUnavailable
from core.redact import mask_url, scrub, url_secrets
from core.settings import Settings
from knowledge.chunks import CHUNKING_VERSION, Chunk
from knowledge.embeddings import Embedder

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

log = logging.getLogger("regbot.index")

Progress = Callable[[str, int, int], None]
COLLECTION_PREFIX = "regbot-"
FOLDER_PREFIX = "chroma-"
_BUILDING = "-building-"
_BATCH = 32
BUILD_LOCK = ".build.lock"  # beside the index folders; held while one process builds
BUILD_WAIT_S = 900.0  # how long a second process waits for another's build (a full build takes ~2 min)
# What a build names its folder: chroma-<key>-<id>; a manifest naming anything else is not ours.
_FOLDER_NAME = re.compile(r"chroma-[0-9a-f]{16}-[0-9a-f]{8}")


class IndexManifest(BaseModel):
    """What an index was built from (any difference means a rebuild) and where it lives."""

    key: str
    corpus_hash: str
    embedder: str
    chunking: str
    collection: str
    count: int
    dim: int
    folder: str | None = None  # embedded index: the folder under index_dir
    built_at: str = ""
    build_seconds: float = 0.0

    @field_validator("folder")
    @classmethod
    def _plain_folder_name(cls, value: str | None) -> str | None:
        """Only a name a build gives (chroma-<key>-<id>): never a path that leaves index_dir."""
        if value is not None and not _FOLDER_NAME.fullmatch(value):
            raise ValueError(f"folder {value!r} is not an index folder name")
        return value


class OpenedIndex(BaseModel):
    """A ready collection and what it was built from."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    client: Any
    collection: Any
    manifest: IndexManifest
    built: bool  # True when this call (re)built it
    notices: list[str]  # messages for the operator (why it was rebuilt)
    location: str  # folder or server URL (password masked), for messages
    scratch: Any = None  # the temporary copy a read-only index is opened from (removed on cleanup())


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


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def connect_server(url: str) -> ClientAPI:
    """A client for the Chroma server at `url`; ChromaUnreachable (naming the URL, password masked) if it does not answer.

    `http://user:password@host:8000` sends the user and password as HTTP basic auth (for a proxy in front).
    """
    import chromadb

    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
    except ValueError as exc:  # an unbalanced [ in an IPv6 host
        raise ChromaUnreachable(url, str(exc)) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ChromaUnreachable(url, "expected a URL like http://host:8000")
    ssl = parts.scheme == "https"
    try:
        port = parts.port or (443 if ssl else 8000)
    except ValueError as exc:
        raise ChromaUnreachable(url, str(exc)) from exc
    headers = None
    if parts.username is not None or parts.password is not None:
        token = f"{unquote(parts.username or '')}:{unquote(parts.password or '')}".encode()
        headers = {"Authorization": "Basic " + base64.b64encode(token).decode("ascii")}
    try:
        client = chromadb.HttpClient(host=parts.hostname, port=port, ssl=ssl, headers=headers,
                                     settings=_chroma_settings())
        client.heartbeat()
    except Exception as exc:  # connection refused, DNS, TLS, HTTP errors: all "cannot reach"
        raise ChromaUnreachable(url, _short(exc)) from exc
    return client


def open_folder(folder: Path) -> ClientAPI:
    """The embedded persistent client on `folder`, created if missing (raises whatever Chroma raises)."""
    import chromadb

    folder.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(folder), settings=_chroma_settings())


def inside(index_dir: Path, folder: Path) -> bool:
    """Whether `folder`, links followed, is a folder directly inside `index_dir`."""
    try:
        return folder.resolve().parent == index_dir.resolve() and not folder.is_symlink()
    except OSError:  # a link loop
        return False


def writable(folder: Path) -> bool:
    """Whether this process can write `folder` and everything in it (Chroma writes beside its files)."""
    return all(os.access(p, os.W_OK) for p in (folder, *folder.rglob("*")) if not p.is_symlink())


def can_write_in(folder: Path) -> bool:
    """Whether this process can create files in `folder` (in its nearest existing parent, if it is missing)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def open_copy(folder: Path) -> tuple[ClientAPI, tempfile.TemporaryDirectory[str]]:
    """The client on a private writable copy of `folder` (Chroma cannot open a folder it cannot write).

    The copy is removed by the returned TemporaryDirectory's cleanup(), or when the process exits.
    """
    scratch = tempfile.TemporaryDirectory(prefix="regbot-index-")
    copy = Path(scratch.name) / folder.name
    try:
        shutil.copytree(folder, copy, copy_function=shutil.copyfile)
        for path in (copy, *copy.rglob("*")):
            path.chmod(path.stat().st_mode | 0o700 if path.is_dir() else 0o600)
        return open_folder(copy), scratch
    except BaseException:
        scratch.cleanup()
        raise


def _close(client: ClientAPI | None, scratch: tempfile.TemporaryDirectory[str] | None = None) -> None:
    if client is not None:
        try:
            client.close()
        except Exception:  # a broken client may fail to close; nothing else to release
            pass
    if scratch is not None:
        scratch.cleanup()


# ---------------------------------------------------------------- manifest file (embedded index)


def manifest_path(settings: Settings) -> Path:
    return settings.index_dir / "manifest.json"


def read_manifest(settings: Settings) -> IndexManifest | None:
    """The local manifest.json, or None if missing or unreadable."""
    try:
        return IndexManifest.model_validate_json(manifest_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_manifest(settings: Settings, manifest: IndexManifest) -> None:
    """Write manifest.json atomically (temp file + rename): readers see the old or the new one."""
    path = manifest_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_manifest_folder(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(manifest.model_dump(), fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def _clear_manifest_folder(path: Path) -> None:
    """Remove a folder (or a link to one) standing where manifest.json belongs: the rename cannot replace it."""
    if path.is_symlink() and path.is_dir():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def remove_stale_folders(settings: Settings, keep: str | None) -> None:
    """Delete index folders other than `keep`: older builds and leftovers of crashed ones (links: only the link)."""
    if not settings.index_dir.is_dir():
        return
    for item in settings.index_dir.iterdir():
        if not item.name.startswith(FOLDER_PREFIX) or item.name == keep:
            continue
        if item.is_symlink():
            item.unlink(missing_ok=True)
        elif item.is_dir():
            shutil.rmtree(item, ignore_errors=True)


def rebuild_reason(old: IndexManifest | None, key: str, corpus_hash: str, embedder: str) -> str:
    """Human words for why an index is being (re)built."""
    if old is None:
        return "building the search index"
    if old.key == key:
        return "the search index was incomplete; rebuilding"
    if old.embedder != embedder:
        return f"the embedding backend changed ({old.embedder} → {embedder}); rebuilding the search index"
    if old.corpus_hash != corpus_hash:
        return "the regulation corpus changed; rebuilding the search index"
    return "the chunking changed; rebuilding the search index"


# ---------------------------------------------------------------- build


def embed_chunks(chunks: list[Chunk], embedder: Embedder, progress: Progress | None = None) -> list[list[float]]:
    """Passage embeddings of the chunks, in batches, reporting ("embedding", done, total texts); a chunk with
    `parts` gets the mean of its parts' vectors, scaled to unit length."""
    report = progress or (lambda stage, done, total: None)
    texts = [t for c in chunks for t in (c.parts or [c.text])]
    flat: list[list[float]] = []
    report("embedding", 0, len(texts))
    for start in range(0, len(texts), _BATCH):
        flat.extend(embedder.embed_documents(texts[start : start + _BATCH]))
        report("embedding", len(flat), len(texts))
    vectors: list[list[float]] = []
    at = 0
    for c in chunks:
        n = len(c.parts) or 1
        if n == 1:
            vectors.append(flat[at])
        else:
            mean = np.mean(np.asarray(flat[at : at + n], dtype=np.float64), axis=0)
            vectors.append((mean / (np.linalg.norm(mean) or 1.0)).tolist())
        at += n
    return vectors


def write_collection(client: ClientAPI, name: str, chunks: list[Chunk], vectors: list[list[float]],
                     metadata: dict[str, Any], progress: Progress | None = None) -> Collection:
    """Write chunks and their vectors to a new collection `name`, reporting ("writing", done, total)."""
    report = progress or (lambda stage, done, total: None)
    collection = client.create_collection(
        name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}, metadata=metadata
    )
    report("writing", 0, len(chunks))
    step = _BATCH * 4
    for start in range(0, len(chunks), step):
        batch = chunks[start : start + step]
        collection.add(
            ids=[c.id for c in batch],
            embeddings=vectors[start : start + len(batch)],
            documents=[c.text for c in batch],
            metadatas=[{"doc": c.doc, "label": c.label, "field": c.field} for c in batch],
        )
        report("writing", start + len(batch), len(chunks))
    return collection


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

    An embedded index Chroma cannot read is rebuilt, with a message (never a traceback).
    A configured server that does not answer raises ChromaUnreachable.
    """
    chunking = chunking_id(chunks)
    key = manifest_key(corpus_hash, embedder.name, chunking)
    manifest = IndexManifest(key=key, corpus_hash=corpus_hash, embedder=embedder.name, chunking=chunking,
                             collection=collection_name(key), count=len(chunks), dim=0)
    if settings.chroma_url:
        return _ensure_server(settings.chroma_url, chunks, embedder, manifest, progress, rebuild)
    return _ensure_local(settings, chunks, embedder, manifest, progress, rebuild)


def _notice(notices: list[str], message: str, level: int = logging.WARNING) -> None:
    log.log(level, message)
    notices.append(message)


def _ensure_local(settings: Settings, chunks: list[Chunk], embedder: Embedder, wanted: IndexManifest,
                  progress: Progress | None, rebuild: bool) -> OpenedIndex:
    notices: list[str] = []
    path = manifest_path(settings)
    old = read_manifest(settings)
    if path.is_dir():
        _notice(notices, f"the search index manifest {path} is a folder, not a file; replacing it and rebuilding")
    elif path.exists() and old is None:
        _notice(notices, f"the search index manifest {path} is unreadable; rebuilding")
    if rebuild:
        _notice(notices, "rebuilding the search index", logging.INFO)
    elif old is not None and old.key == wanted.key and old.folder:
        said = len(notices)
        opened = _open_built(settings, old, len(chunks), notices)
        if opened is not None:
            return opened
        if len(notices) == said:  # readable but not what we need: say why it is rebuilt
            _notice(notices, rebuild_reason(old, wanted.key, wanted.corpus_hash, embedder.name))
    if not notices:
        _notice(notices, rebuild_reason(old, wanted.key, wanted.corpus_hash, embedder.name),
                logging.INFO if old is None else logging.WARNING)
    if not can_write_in(settings.index_dir):
        # Say so now, not after embedding every clause.
        raise IndexUnavailable(f"the search index at {settings.index_dir} needs building ({notices[-1]}) but the "
                               "folder is read-only; run `regbot index` where it is writable, or point "
                               "REGBOT_DATA_DIR at a writable folder")

    with _build_lock(settings):
        # Another process may have built this very index while we waited for the lock: use it.
        latest = None if rebuild else read_manifest(settings)
        if latest is not None and latest.key == wanted.key and latest.folder and latest != old:
            opened = _open_built(settings, latest, len(chunks), [])
            if opened is not None:
                _notice(opened.notices, "another process built the search index meanwhile; using it", logging.INFO)
                return opened
        return _build_local(settings, chunks, embedder, wanted, progress, notices)


@contextlib.contextmanager
def _build_lock(settings: Settings) -> Iterator[None]:
    """One build at a time per index folder, across processes: a second builder waits, then reuses the result.

    Without it, two processes starting on a fresh machine (the bot and a CLI, two eval runs) both build, and
    the first to finish deletes the other's half-written folder as stale.
    """
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(settings.index_dir / BUILD_LOCK)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        log.warning("another process is building the search index at %s; waiting for it", settings.index_dir)
        try:
            lock.acquire(timeout=BUILD_WAIT_S)
        except Timeout as exc:
            raise IndexUnavailable(f"another process has been building the search index at {settings.index_dir} "
                                   f"for over {BUILD_WAIT_S:.0f} s; try again later") from exc
    try:
        yield
    finally:
        lock.release()


def _open_built(settings: Settings, manifest: IndexManifest, count: int, notices: list[str]) -> OpenedIndex | None:
    """Open the complete index `manifest` names; None (with a notice when it is broken) when it cannot serve."""
    folder = settings.index_dir / (manifest.folder or "")
    client = scratch = None
    try:
        if not inside(settings.index_dir, folder):
            raise IndexUnavailable("its folder is not inside the index folder")
        if not folder.is_dir():
            raise IndexUnavailable("its folder is missing")
        if writable(folder):
            client = open_folder(folder)
        else:
            log.info("the search index at %s is read-only; searching a private copy of it", folder)
            client, scratch = open_copy(folder)
        collection = check_collection(client, manifest.collection, count)
        if collection is not None:
            return OpenedIndex(client=client, collection=collection, manifest=manifest, built=False,
                               notices=notices, location=str(folder), scratch=scratch)
        _close(client, scratch)
    except Exception as exc:  # sqlite "file is not a database", missing segment files, …
        _close(client, scratch)
        _notice(notices, f"the search index at {folder} is unreadable ({_short(exc)}); rebuilding it")
    return None


def _build_local(settings: Settings, chunks: list[Chunk], embedder: Embedder, wanted: IndexManifest,
                 progress: Progress | None, notices: list[str]) -> OpenedIndex:
    """Build into a fresh folder; the manifest points at it only once it is complete."""
    started = time.perf_counter()
    folder_name = f"{FOLDER_PREFIX}{wanted.key}-{uuid.uuid4().hex[:8]}"
    folder = settings.index_dir / folder_name
    client = None
    try:
        vectors = embed_chunks(chunks, embedder, progress)
        client = open_folder(folder)
        collection = write_collection(client, wanted.collection, chunks, vectors,
                                      _metadata(wanted), progress)
    except Exception as exc:
        _close(client)
        shutil.rmtree(folder, ignore_errors=True)
        raise IndexUnavailable(f"cannot build the search index at {folder}: {_short(exc)}") from exc
    except BaseException:  # Ctrl-C mid-build: leave no orphan behind either
        _close(client)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    manifest = _finished(wanted, vectors, started, folder=folder_name)
    write_manifest(settings, manifest)
    remove_stale_folders(settings, keep=folder_name)
    return OpenedIndex(client=client, collection=collection, manifest=manifest, built=True, notices=notices,
                       location=str(folder))


def _ensure_server(url: str, chunks: list[Chunk], embedder: Embedder, wanted: IndexManifest,
                   progress: Progress | None, rebuild: bool) -> OpenedIndex:
    notices: list[str] = []
    client = connect_server(url)
    secrets = url_secrets(url)
    url = mask_url(url)  # from here on the URL is only shown
    if rebuild:
        _notice(notices, "rebuilding the search index", logging.INFO)
    else:
        try:
            collection = check_collection(client, wanted.collection, len(chunks))
        except Exception as exc:  # a mismatched or broken collection on the server: rebuild it
            _notice(notices, f"the search index on {url} is unusable ({scrub(_short(exc), secrets)}); rebuilding it")
        else:
            if collection is not None:
                meta = dict(collection.metadata or {})
                manifest = wanted.model_copy(update={
                    "dim": int(meta.get("dim", 0)), "built_at": str(meta.get("built_at", "")),
                    "build_seconds": float(meta.get("build_seconds", 0.0))})
                return OpenedIndex(client=client, collection=collection, manifest=manifest, built=False,
                                   notices=notices, location=url)
            _notice(notices, f"building the search index on {url}", logging.INFO)

    started = time.perf_counter()
    temp = f"{wanted.collection}{_BUILDING}{uuid.uuid4().hex[:8]}"
    try:
        vectors = embed_chunks(chunks, embedder, progress)
        manifest = _finished(wanted, vectors, started)
        collection = write_collection(client, temp, chunks, vectors, _metadata(manifest), progress)
        _drop(client, wanted.collection)  # the stale or broken one under the final name, if any
        collection.modify(name=wanted.collection)
    except BaseException as exc:
        _drop(client, temp)
        if isinstance(exc, Exception):
            raise IndexUnavailable(f"cannot build the search index on {url}: {scrub(_short(exc), secrets)}") from exc
        raise
    return OpenedIndex(client=client, collection=collection, manifest=manifest, built=True, notices=notices,
                       location=url)


def _metadata(manifest: IndexManifest) -> dict[str, Any]:
    fields = ("key", "corpus_hash", "embedder", "chunking", "dim", "built_at", "build_seconds")
    return {f: getattr(manifest, f) for f in fields}


def _finished(wanted: IndexManifest, vectors: list[list[float]], started: float, folder: str | None = None
              ) -> IndexManifest:
    return wanted.model_copy(update={
        "dim": len(vectors[0]) if vectors else 0,
        "folder": folder,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build_seconds": round(time.perf_counter() - started, 3),
    })


def _drop(client: ClientAPI, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # NotFoundError, or already gone
        pass


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
