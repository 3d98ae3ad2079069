"""Benchmark: Sidelight's search index against SQLite FTS5 on a library of real text.

    .venv/bin/python tests/benchmarks/bench_search.py [--articles 10000] [--queries 240] [--seed 7]

The corpus is the English man pages on this machine (/usr/share/man/man*/…gz, troff markup stripped),
one man page per article, cut at ``--max-chars``, topped up from /usr/share/doc's compressed text files
when there are not enough pages. It is cached under the temp folder, so re-runs skip extraction.
Both engines index the same paragraphs (the granularity the app jumps to) and answer the same query
mix, each timed as parse + top 10 + snippets for those 10:

    common    a frequent word                 rare       a word in 2-5 paragraphs
    and2      two words in the same paragraph phrase     2-3 consecutive words from a paragraph
    prefix    as-you-type: 3, 4, 5... letters of a word, each keystroke a query
    fuzzy     a misspelt word (Sidelight: word~; FTS5 has no fuzzy search, so it runs the word as typed)

Each engine is timed doing what it does: for fuzzy that is different work (Sidelight finds the
words within the edit distance and searches them; FTS5 looks up one word that is usually absent),
so that row's ratio says what fuzzy search costs, not which engine is faster; the line before the
last gives the ratio without it.

It prints build time, index size, peak memory, p50/p95 per kind for both, and finally
``search p95 ratio sidelight/fts5: X`` over the whole mix.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from content.model import Document  # noqa: E402
from content.plaintext import parse_plain_text  # noqa: E402
from index.search import SearchIndex  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "sidelight-bench"
WORD = re.compile(r"[a-z]{3,}")

# -- corpus -------------------------------------------------------------------------------------------

_TROFF_ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\((..)"), " "),
    (re.compile(r"\\\[[^\]]*\]"), " "),
    (re.compile(r"\\\*(\(..|\[[^\]]*\]|.)"), ""),
    (re.compile(r"\\s[-+]?\d"), ""),
    (re.compile(r"\\[-e]"), "-"),
    (re.compile(r"\\[&|^%:cd0 ]"), ""),
    (re.compile(r"\\(.)"), r"\1"),
]
_BREAKS = re.compile(r"^\.(PP|P|LP|SH|SS|TP|IP|HP|sp|br|Sh|Ss|Pp|It|Bl|El|RS|RE|nf|fi|TH|Dd|Nm)\b")
_TEXT_MACROS = re.compile(r"^\.(B|I|BR|IR|RB|RI|BI|IB|SM|SB|SH|SS|Nm|Nd|Ar|Fl|Cm|Pa|Em|Sy|Xr|It)\s+(.*)$")


def troff_to_text(source: str) -> str:
    paragraphs: list[list[str]] = [[]]
    for line in source.splitlines():
        if line.startswith(('.\\"', "'\\\"", '.\\"')):
            continue
        if line.startswith("."):
            if _BREAKS.match(line) and paragraphs[-1]:
                paragraphs.append([])
            text = _TEXT_MACROS.match(line)
            if not text:
                continue
            line = text.group(2).replace('"', "")
        for pattern, repl in _TROFF_ESCAPES:
            line = pattern.sub(repl, line)
        line = line.strip()
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    merged: list[str] = []  # man pages break often: join short pieces into paragraphs of 200+ characters
    for piece in (" ".join(p) for p in paragraphs if p):
        if merged and len(merged[-1]) < 200:
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return "\n\n".join(merged)


def _sources() -> list[Path]:
    pages = sorted(Path("/usr/share/man").glob("man[1-9]*/*.gz"))
    docs = sorted(p for p in Path("/usr/share/doc").rglob("*.gz") if not p.name.endswith(".html.gz"))
    return pages + docs


def build_corpus(articles: int, max_chars: int) -> list[tuple[str, str]]:
    """(name, plain text) of ``articles`` articles of real text; cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"corpus-{articles}-{max_chars}.json.gz"
    if cached.exists():
        return json.loads(gzip.decompress(cached.read_bytes()))
    corpus: list[tuple[str, str]] = []
    seen: set[str] = set()
    for path in _sources():
        if len(corpus) >= articles:
            break
        try:
            raw = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        except (OSError, EOFError, gzip.BadGzipFile):
            continue
        text = troff_to_text(raw) if "/man/" in str(path) else raw.replace("\r", "")
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        if len(text) < 400 or text[:200] in seen:
            continue
        seen.add(text[:200])
        if len(text) > max_chars:
            text = text[: text.rfind("\n\n", 0, max_chars) if "\n\n" in text[:max_chars] else max_chars]
        name = path.name.removesuffix(".gz")
        corpus.append((f"{len(corpus):05d}-{name}", f"{name}\n\n{text}"))
    cached.write_bytes(gzip.compress(json.dumps(corpus).encode()))
    return corpus


# -- queries ------------------------------------------------------------------------------------------


def make_queries(paragraphs: list[str], count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, sidelight query, fts5 query): the same question asked of both engines."""
    df: Counter[str] = Counter()
    sample = rng.sample(paragraphs, min(len(paragraphs), 40000))
    for text in sample:
        df.update(set(WORD.findall(text.lower())))
    common = [w for w, _ in df.most_common(400)[50:]]
    rare = [w for w, n in df.items() if 2 <= n <= 5 and len(w) >= 5]
    medium = [w for w, n in df.items() if n >= 20 and len(w) >= 6]
    per_kind = max(count // 6, 1)
    queries: list[tuple[str, str, str]] = []
    for w in rng.sample(common, per_kind):
        queries.append(("common", w, w))
    for w in rng.sample(rare, per_kind):
        queries.append(("rare", w, w))
    while sum(1 for q in queries if q[0] == "and2") < per_kind:
        words = sorted(set(WORD.findall(rng.choice(sample).lower())) & set(df))
        if len(words) >= 2:
            a, b = rng.sample(words, 2)
            queries.append(("and2", f"{a} AND {b}", f"{a} AND {b}"))
    while sum(1 for q in queries if q[0] == "phrase") < per_kind:
        words = WORD.findall(rng.choice(sample).lower())
        if len(words) >= 4:
            n = rng.choice((2, 3))
            i = rng.randrange(len(words) - n)
            phrase = " ".join(words[i : i + n])
            queries.append(("phrase", f'"{phrase}"', f'"{phrase}"'))
    while sum(1 for q in queries if q[0] == "prefix") < per_kind:
        word = rng.choice(common + medium)
        for n in range(3, min(len(word), 7) + 1):  # one query per keystroke
            queries.append(("prefix", word[:n] + "*", word[:n] + "*"))
    for w in rng.sample(medium, per_kind):
        i = rng.randrange(1, len(w) - 1)
        typo = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.5 else w[:i] + "xq"[i % 2] + w[i + 1 :]
        queries.append(("fuzzy", f"{typo}~", typo))
    return queries


# -- engines ------------------------------------------------------------------------------------------


def build_fts5(paragraphs: list[tuple[str, int, str]], path: Path) -> sqlite3.Connection:
    if path.exists():
        path.unlink()
    db = sqlite3.connect(str(path), check_same_thread=False)
    db.execute(
        "CREATE VIRTUAL TABLE p USING fts5(article UNINDEXED, position UNINDEXED, body, tokenize='porter unicode61')"
    )
    db.executemany("INSERT INTO p VALUES (?, ?, ?)", paragraphs)
    db.commit()
    db.execute("INSERT INTO p(p) VALUES('optimize')")
    db.commit()
    return db


def search_fts5(db: sqlite3.Connection, query: str) -> int:
    try:
        rows = db.execute(
            "SELECT article, position, snippet(p, 2, '[[', ']]', '...', 24) FROM p"
            " WHERE p MATCH ? ORDER BY rank LIMIT 10",
            (query,),
        ).fetchall()
    except sqlite3.OperationalError:
        return 0
    return len(rows)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the build's figure on a shared machine)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def children_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--queries", type=int, default=240, help="at least this many queries (default 240)")
    parser.add_argument("--max-chars", type=int, default=2400, help="cut each article at about this many characters")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = CACHE / f"run-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        corpus = build_corpus(args.articles, args.max_chars)
        documents: list[Document] = [Document(parse_plain_text(text, f"bench/{name}.txt")) for name, text in corpus]
        size_mb = sum(len(d.article.text) for d in documents) / 1e6
        paragraphs = [
            (d.article.id, n, d.article.text[b.span.start : b.span.end])
            for d in documents
            for n, b in enumerate(d.article.blocks, start=1)
        ]
        print(
            f"corpus: {len(documents)} articles, {len(paragraphs)} paragraphs, {size_mb:.1f} MB "
            f"(prepared in {time.perf_counter() - t0:.1f}s)"
        )

        rss_start = peak_rss_mb()
        t = time.perf_counter()
        db = build_fts5(paragraphs, work / "fts5.db")
        fts_build = time.perf_counter() - t
        rss_fts = peak_rss_mb()
        t, cpu = time.perf_counter(), cpu_seconds()
        index = SearchIndex.open(documents, cache_dir=work / "sidelight")
        sl_build, sl_cpu = time.perf_counter() - t, cpu_seconds() - cpu
        rss_sl = peak_rss_mb()
        print(f"peak memory (RSS) with the corpus loaded: {rss_start:.0f} MB")
        print(
            f"build    fts5      {fts_build:7.1f} s  {(work / 'fts5.db').stat().st_size / 1e6:7.1f} MB on disk  "
            f"peak RSS {rss_fts:7.0f} MB"
        )
        print(
            f"build    sidelight {sl_build:7.1f} s  {folder_size(work / 'sidelight') / 1e6:7.1f} MB on disk  "
            f"peak RSS {rss_sl:7.0f} MB (+ {children_rss_mb():.0f} MB in its indexing processes), "
            f"{sl_cpu:.1f} s of CPU"
        )

        queries = make_queries([p[2] for p in paragraphs], args.queries, rng)
        index.search("warm up")  # both engines warm: vocabulary loaded, pages cached
        search_fts5(db, "warm")
        times: dict[str, dict[str, list[float]]] = {"sidelight": {}, "fts5": {}}
        found = Counter()
        for kind, ours, theirs in queries:
            t = time.perf_counter()
            result = index.search(ours, limit=10)
            times["sidelight"].setdefault(kind, []).append(time.perf_counter() - t)
            t = time.perf_counter()
            rows = search_fts5(db, theirs)
            times["fts5"].setdefault(kind, []).append(time.perf_counter() - t)
            found["sidelight", kind] += bool(result.hits)
            found["fts5", kind] += bool(rows)
        print(f"\n{len(queries)} queries; ms per query (parse + top 10 + snippets)")
        print(
            f"{'kind':<8} {'n':>4}  {'sidelight p50':>13} {'p95':>8}  {'fts5 p50':>9} {'p95':>8}  "
            f"{'p95 ratio':>9}  answered"
        )
        for kind in times["sidelight"]:
            ours, theirs = times["sidelight"][kind], times["fts5"][kind]
            ratio = pct(ours, 0.95) / max(pct(theirs, 0.95), 1e-9)
            print(
                f"{kind:<8} {len(ours):>4}  {pct(ours, 0.5) * 1e3:13.2f} {pct(ours, 0.95) * 1e3:8.2f}  "
                f"{pct(theirs, 0.5) * 1e3:9.2f} {pct(theirs, 0.95) * 1e3:8.2f}  {ratio:9.2f}  "
                f"{found['sidelight', kind]}/{found['fts5', kind]}"
            )
        all_ours = [v for vs in times["sidelight"].values() for v in vs]
        all_theirs = [v for vs in times["fts5"].values() for v in vs]
        print(
            f"{'all':<8} {len(all_ours):>4}  {pct(all_ours, 0.5) * 1e3:13.2f} {pct(all_ours, 0.95) * 1e3:8.2f}  "
            f"{pct(all_theirs, 0.5) * 1e3:9.2f} {pct(all_theirs, 0.95) * 1e3:8.2f}  "
            f"mean {statistics.mean(all_ours) * 1e3:.2f} / {statistics.mean(all_theirs) * 1e3:.2f}"
        )
        index.close()
        db.close()
        same_ours = [v for kind, vs in times["sidelight"].items() if kind != "fuzzy" for v in vs]
        same_theirs = [v for kind, vs in times["fts5"].items() if kind != "fuzzy" for v in vs]
        print(
            "without fuzzy (FTS5 has none: it runs the misspelt word as typed): p95 ratio "
            f"{pct(same_ours, 0.95) / max(pct(same_theirs, 0.95), 1e-9):.2f}"
        )
        print(f"search p95 ratio sidelight/fts5: {pct(all_ours, 0.95) / max(pct(all_theirs, 0.95), 1e-9):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
