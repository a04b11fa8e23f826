"""Truncated sentences: a sentence that stops before its end.

Scrapers lose the text of links and stop at page breaks, so a sentence can
end in the middle and run into whatever comes next:

    >>> from newsfix.text.document import Document
    >>> text = "Cette assemblée, dont la majorité a de acclamé le premier ministre, écouta."
    >>> [text[f.start : f.end] for f in check(Document(text, language="fr"))]
    ['Cette assemblée, dont la majorité a de']

Found: a paragraph or the text stopping without final punctuation (after article
prose, not a headline, caption, list item or furniture line), on a comma, or inside
a French negation (``le député n'avait``); a sentence running
into a capitalised sentence start (``Deux membres La police n'a pas…``), or a
participle into a name and its verb (``n'est pas engagée Blinken a déclaré``);
a word pair that cannot follow each other, or an article before closing
punctuation (``de sa ;``), the trace of words dropped inside the sentence (see
``wordpairs``). The span runs from the sentence start to the last word before the
loss; there is no suggestion, since the lost words are unknown.

Known limits: most drops leave a pair that still reads as the language
(``a déclaré Mitt | promis un``, a verb before a bare noun ``craignent postes``)
and go unseen: the rules know word classes, not a dictionary of parts of speech;
a run-on from a noun into a name (``du gouvernement Rajoy a confirmé``) looks like
a title before a name and is not flagged; a quotation left open is the quote
check's business, not this one's.
"""

from collections.abc import Iterable

from ..document import Document
from ..flags import Flag
from ..gaps import find_gaps, sentence_finder


def check(doc: Document) -> Iterable[Flag]:
    sentence_at = sentence_finder(doc)
    for gap in find_gaps(doc, "left"):
        if gap.left is None:
            continue
        sentence = sentence_at(gap.left)
        start = sentence.start if sentence is not None else gap.left
        yield Flag("truncated_sentence", start, gap.left, f"Truncated sentence: {gap.reason}.")
