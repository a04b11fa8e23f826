"""Dangling fragments: the tail of a sentence whose beginning was lost.

When a scraper drops the start of a sentence (or the words between two
sentences), what is left begins in the middle of a thought:

    >>> from newsfix.text.document import Document
    >>> text = "Il a parlé à Genève. les pourparlers se concentreraient sur l'Ukraine."
    >>> [text[f.start : f.end] for f in check(Document(text, language="fr"))]
    ["les pourparlers se concentreraient sur l'Ukraine."]

Found: a sentence starting lower-case after a full stop, a dateline dash or at a
paragraph start (``ex-Union soviétique.``), an English quotation opening on a
lower-case word (``“ to every objection…``), a sentence starting with ``,`` or
``;``, or with a closing quote no one opened (``, plus de capacités. »``); and
the words after a pair that cannot follow each other (see ``wordpairs``). The
span runs from the first word after the loss to the end of its sentence; there
is no suggestion.

Not flagged: ``iPhone``/``eBay`` starts, numbers, lower case after ``!``, ``?``
or ``…`` (French ``Ah ! c'est``), the speaker after a closed quotation
(``« Nous partons. » a déclaré``), a quote going on after ``«``. Known limits:
a fragment that starts with a capitalised name, or whose first word fits after
the last kept one, reads as a whole sentence and is missed.
"""

from collections.abc import Iterable

from ..document import Document
from ..flags import Flag
from ..gaps import find_gaps, sentence_finder


def check(doc: Document) -> Iterable[Flag]:
    sentence_at = sentence_finder(doc)
    for gap in find_gaps(doc, "right"):
        if gap.right is None:
            continue
        sentence = sentence_at(gap.right)
        end = sentence.end if sentence is not None else gap.right
        yield Flag("dangling_fragment", gap.right, end, f"Dangling fragment: {gap.reason}.")
