"""Articles as JSON Lines: the format every command-line tool reads and writes.

One JSON object per line with at least a string ``text``. A bad line does not
stop the others: the reader yields an error for it and carries on, so a
command can print an error object in its place and exit non-zero at the end.

    >>> import io
    >>> for article, error in read_articles(io.StringIO('{"text": "Oui."}\\n[1]\\n')):
    ...     print(article, error)
    {'text': 'Oui.', 'id': '1'} None
    {'id': '2'} line 2: expected a JSON object
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import IO, Any

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def read_articles(
    stream: Iterable[str | bytes],
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Yield ``(article, error)`` per non-blank line, in input order.

    On success ``error`` is ``None`` and ``article`` is the decoded object with
    ``id`` set (the 1-based line number as a string when absent). On failure
    ``article`` is ``{"id": …}`` (the line's id when it could be read, else
    the line number) and ``error`` says what is wrong, for a user to act on.
    A line is malformed only when it is not JSON, not an object, or its
    ``text`` is missing or not a string; every other field is optional.
    """
    for number, line in _numbered(stream):
        yield read_article(number, line)


def _numbered(stream: Iterable[str | bytes]) -> Iterator[tuple[int, str | bytes]]:
    """The non-blank lines with their 1-based line numbers."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def read_article(number: int, line: str | bytes) -> tuple[dict[str, Any], str | None]:
    """Line ``number`` (not blank) as ``(article, error)``, as ``read_articles`` gives it."""
    fallback_id = str(number)
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            return {"id": fallback_id}, f"line {number}: not valid UTF-8"
    try:
        article = json.loads(line)
    except ValueError as exc:
        reason = getattr(exc, "msg", None) or str(exc)
        return {"id": fallback_id}, f"line {number}: not valid JSON ({reason})"
    except RecursionError:
        return {"id": fallback_id}, f"line {number}: not valid JSON (nested too deeply)"
    if not isinstance(article, dict):
        return {"id": fallback_id}, f"line {number}: expected a JSON object"
    article_id = article.get("id")
    # Ids are kept as given (string or number) so output lines match the input.
    article["id"] = fallback_id if article_id is None else article_id
    text = article.get("text")
    if text is None and "text" not in article:
        return {"id": article["id"]}, f"line {number}: missing field `text`"
    if not isinstance(text, str):
        return {"id": article["id"]}, f"line {number}: field `text` must be a string"
    return article, None


def write_line(stream: IO[str], obj: dict[str, Any]) -> None:
    """Write one compact JSON object and a newline; non-ASCII kept as is."""
    stream.write(_line(obj))


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def language_of(article: dict[str, Any]) -> str | None:
    """The article's declared language when it is a usable string, else ``None``."""
    value = article.get("language")
    return value if isinstance(value, str) and value else None


def title_of(article: dict[str, Any]) -> str | None:
    """The article's title when it is a string, else ``None``."""
    value = article.get("title")
    return value if isinstance(value, str) else None


def process(stream: Iterable[str | bytes], out: IO[str], handle: Handler, jobs: int = 1) -> int:
    """Answer each article with ``handle(article)``, in input order; return the error count.

    A malformed line gets ``{"id": …, "error": …}`` in its place. A failure
    inside ``handle`` is reported the same way rather than stopping the run.
    With ``jobs`` > 1 the articles are shared among that many worker
    processes (forked, so they start with everything already loaded); the
    output order stays the input order. ``handle`` must then be a module-level
    function.
    """
    answer_one = _Answer(handle)
    answers: Iterable[tuple[bool, str]]
    pool = None
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        pool = multiprocessing.get_context("fork").Pool(jobs)
        # Workers get raw lines and give back finished output lines: parsing
        # and printing JSON happen in parallel too, and what crosses between
        # processes is plain strings, far cheaper to pass than nested objects.
        # Lines go in batches of about the same size in bytes: each task costs
        # the parent a round of locks and thread switches, so tasks are few,
        # yet there are enough of them to keep every worker busy to the end.
        batches = pool.imap(_AnswerBatch(answer_one), _batches(_numbered(stream)))
        answers = chain.from_iterable(batches)
    else:
        answers = map(answer_one, _numbered(stream))
    errors = 0
    try:
        for failed, line in answers:
            errors += failed
            out.write(line)
    finally:
        if pool is not None:
            pool.terminate()
    return errors


_BATCH_BYTES = 256 * 1024


def _batches(lines: Iterable[tuple[int, str | bytes]]) -> Iterator[list[tuple[int, str | bytes]]]:
    """The lines in order, grouped into lists of about ``_BATCH_BYTES`` each."""
    batch: list[tuple[int, str | bytes]] = []
    size = 0
    for numbered in lines:
        batch.append(numbered)
        size += len(numbered[1])
        if size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _AnswerBatch:
    """The output lines for a batch of input lines, in order (run in a worker)."""

    def __init__(self, answer: _Answer) -> None:
        self.answer = answer

    def __call__(self, batch: list[tuple[int, str | bytes]]) -> list[tuple[bool, str]]:
        return list(map(self.answer, batch))


class _Answer:
    """The output line for one input line: ``handle``'s result, or an error object."""

    def __init__(self, handle: Handler) -> None:
        self.handle = handle

    def __call__(self, numbered: tuple[int, str | bytes]) -> tuple[bool, str]:
        """``(failed, output line)`` for a ``(line number, line)`` pair."""
        article, error = read_article(*numbered)
        answer = None
        if error is None:
            try:
                answer = {"id": article["id"], **self.handle(article)}
            except Exception as exc:  # one bad article must not cost the others
                error = f"id {article['id']}: could not be processed ({type(exc).__name__}: {exc})"
        if answer is None:
            answer = {"id": article["id"], "error": error}
        return "error" in answer, _line(answer)
