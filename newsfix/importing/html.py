"""One HTML page -> one article: title and body text, with the page kept as ``raw_html``.

Block elements (paragraphs, headings, list items, divs…) become paragraph
breaks and ``<br>`` a line break; inline elements (links, emphasis, spans)
keep the spaces around them, so ``<p>Il a <b>dit</b> non</p>`` reads
``Il a dit non``. Scripts, styles and other invisible parts are dropped.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any, TextIO

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag

from .encoding import UNDECODABLE
from .limits import Limits, human_size
from .rows import Row

BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody "
    "thead tfoot tr td th ul caption".split()
)
INVISIBLE = frozenset("script style noscript template head svg iframe object button select".split())
_BREAK = "\x00"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def _walk(node: Tag, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            out.append(str(child))
        elif isinstance(child, Tag):
            name = child.name.lower() if child.name else ""
            if name in INVISIBLE:
                continue
            if name == "br":
                out.append("\n")
            elif name in BLOCKS:
                out.append(_BREAK)
                _walk(child, out)
                out.append(_BREAK)
            else:
                _walk(child, out)


def body_text(node: Tag) -> str:
    """The visible text of ``node``: paragraphs separated by a blank line."""
    parts: list[str] = []
    _walk(node, parts)
    paragraphs = []
    for block in "".join(parts).split(_BREAK):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and isinstance(tag.get("content"), str) and tag["content"].strip():
            return tag["content"].strip()
    return ""


def page_fields(html: str) -> dict[str, Any]:
    """The article fields found in one page (``text`` may be empty)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    fields: dict[str, Any] = {}
    heading = soup.find("h1")
    title = _meta(soup, "og:title") or (heading.get_text(" ", strip=True) if heading else "")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    fields["title"] = _SPACES.sub(" ", title)
    main = soup.find("article") or soup.find("main") or soup.body or soup
    fields["text"] = body_text(main)
    canonical = soup.find("link", rel="canonical")
    url = _meta(soup, "og:url") or (canonical.get("href", "") if isinstance(canonical, Tag) else "")
    if isinstance(url, str) and url:
        fields["url"] = url.strip()
    if site := _meta(soup, "og:site_name"):
        fields["source"] = site
    root = soup.find("html")
    lang = root.get("lang") if isinstance(root, Tag) else None
    if isinstance(lang, str) and lang.strip():
        fields["language"] = lang.strip()
    published = _meta(soup, "article:published_time", "date", "pubdate")
    if not published and isinstance(time := soup.find("time", datetime=True), Tag):
        published = str(time["datetime"])
    if published:
        fields["published"] = published
    return fields


def read_html(text: TextIO, limits: Limits) -> Iterator[Row]:
    """The single article of an HTML page."""
    cap = limits.line_chars * 4
    html = text.read(cap + 1)
    if len(html) > cap:
        yield Row(1, problem=f"HTML page larger than {human_size(cap)}: it is not read")
        return
    if UNDECODABLE in html:
        yield Row(1, problem="undecodable bytes: save the page as UTF-8 or declare its charset")
        return
    try:
        fields = page_fields(html)
    except (ValueError, RecursionError) as exc:
        yield Row(1, problem=f"the page could not be parsed ({exc.__class__.__name__})")
        return
    yield Row(1, fields=fields, raw_html=html)
