"""Turn paths, folders and globs into a stream of articles and problems, in a stable order."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.jsonl import parse_jsonl
from pipeline.readers.ninjs import parse_ninjs
from pipeline.readers.problems import ReadProblem
from pipeline.readers.wiretext import parse_wiretext
from schemas import RawArticle

Parser = Callable[[str, Path], Iterable[RawArticle | ReadProblem]]
PARSERS: dict[str, Parser] = {
    ".txt": parse_wiretext,
    ".jsonl": parse_jsonl,
    ".ndjson": parse_jsonl,
    ".json": parse_ninjs,
}


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, found under folders (recursively) or matched by globs, sorted per argument."""
    found: list[Path] = []
    for raw in paths:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in PARSERS))
        elif path.is_file():
            found.append(path)
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in PARSERS]
            if not files:
                raise InputError(f"the pattern {text} matches no article files.")
            found.extend(files)
        else:
            raise InputError(f"{text} does not exist.")
    return list(dict.fromkeys(found))


def read_file(path: Path) -> Iterator[RawArticle | ReadProblem]:
    """The articles of one file, or the problems that stop them being read."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        yield ReadProblem(path, None, "unsupported",
                          f"files ending in '{path.suffix}' are not a known article format "
                          "(.txt, .jsonl, .ndjson, .json).")
        return
    try:
        raw = path.read_bytes()
    except OSError as error:
        yield ReadProblem(path, None, "unreadable", f"the file cannot be read ({error.strerror}).")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        yield ReadProblem(path, line, "not_utf8",
                          f"the file is not UTF-8 (byte 0x{raw[error.start]:02x} at offset "
                          f"{error.start}).")
        return
    if not text.strip():
        yield ReadProblem(path, None, "empty_body", "the file is empty.")
        return
    yield from parser(text, path)


def read_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadProblem]:
    """Every article of every input, in order, with a problem for each unreadable part."""
    for path in expand_paths(paths):
        yield from read_file(path)
