"""Rails of related headlines that a scraper glued onto the end of an article.

When a page's whitespace is collapsed, the list of other stories printed
under the article ("Comment faire passer le réflexe du hoquet ?",
"Hérault : un braqueur tué par des gendarmes", …) runs on from the last
sentence of the body with nothing but capitals between the headlines:

    >>> body = "Yvan Colonna est mort le 21 mars 2022, à l'âge de 61 ans. "
    >>> rail = ("Comment faire passer le hoquet ? Hérault : un braqueur tué par des "
    ...         "gendarmes Le boum des vêtements sous licence Gazole : été ou hiver, ce qui "
    ...         "change Voitures dépouillées : enquête sur un trafic Le mystère des "
    ...         "mottureaux du Marais poitevin Qui fait le meilleur flan de France ?")
    >>> from newsfix.text.document import Document
    >>> doc = Document(body + rail)
    >>> sentences = doc.sentences_in(doc.paragraphs[0])
    >>> rail_start(doc.text, sentences)
    1

Limits: only a rail that runs to the end of its paragraph (or into furniture
already found) and that holds at least one stretch dense with glued headlines
(several ``:``-headlines and capitalised starts after a lower-case word) is
taken; a single related headline glued into the body is left alone, because
telling it from a truncated sentence needs more than its shape.
"""

from __future__ import annotations

import re

from .data import load_words
from .document import Span

# A word, then a space, then what opens a headline: a capital or a quote.
_JOINT = re.compile(r"(\S+) (?=[A-ZÀ-ÖØ-Þ«\"“])")
_COLON = re.compile(r"\S ?: \S")
_END_PUNCT = ".;,–-:"


def joints(sentence: str) -> int:
    """How many times a capitalised start follows a lower-case word with no stop between.

    Inside a name ("Donald Trump") or after a preposition ("à Washington")
    it does not count: those are prose.

        >>> joints("Hérault : un braqueur tué par des gendarmes Le boum des vêtements")
        1
        >>> joints("Il a parlé à Washington avec Donald Trump.")
        0
    """
    count = 0
    function = load_words("function_words")
    for match in _JOINT.finditer(sentence):
        word = match.group(1)
        if word[-1] in _END_PUNCT or (word[:1].isupper() and word[-1].isalpha()):
            continue
        if word.lower().strip("«»\"“”'’") in function:
            continue
        count += 1
    return count


def _dense(sentence: str) -> bool:
    return len(_COLON.findall(sentence)) >= 2 and joints(sentence) >= 5


def rail_start(text: str, sentences: list[Span], furniture: list[bool] | None = None) -> int | None:
    """Index of the sentence where a rail of headlines starts, if the paragraph ends in one.

    Walking back from the paragraph's end, a rail goes on while sentences do
    not end with a full stop (headlines end with ``?``, ``!`` or nothing) or
    are dense with glued headlines; sentences already judged furniture
    (``furniture``) belong to it too. The body must come first: a paragraph
    that is a rail from its first sentence is not returned.
    """
    if len(sentences) < 2 or text.count(":", sentences[0].start, sentences[-1].end) < 3:
        return None
    first = len(sentences)
    seed = False
    for index in range(len(sentences) - 1, -1, -1):
        chunk = text[sentences[index].start : sentences[index].end]
        if furniture is not None and furniture[index]:
            first = index
            continue
        dense = _dense(chunk)
        # A trailing "…" or "..." ends a teaser as often as a sentence.
        ends_prose = chunk.rstrip("\"”»’' ").endswith(".") and not chunk.endswith("..")
        if ends_prose and not dense:
            break
        seed = seed or dense
        first = index
    if not seed or first == 0:
        return None
    return first
