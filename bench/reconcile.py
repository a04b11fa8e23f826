"""Time to rebuild one story from 3, 10 and 50 damaged copies of it.

    python bench/reconcile.py [--words 1000] [--repeat 3] [--seed 7]

A seeded story of about ``--words`` words is written, then damaged copy by
copy as scrapers damage pages: words of a link dropped, words glued, an HTML
entity, furniture before, after or glued onto a paragraph, a repeated
paragraph, the end cut off. ``reconcile`` runs on the first 3, 10 and 50
copies (best of ``--repeat`` runs). Printed per size: seconds, milliseconds per
copy, and how close the rebuilt text is to the clean story; then the ratio of
the time per copy at 50 copies to that at 3. Linear growth in the number of
copies keeps that ratio near 1; growth with every pair of copies would make it
about 17.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsfix.text.reconcile import reconcile  # noqa: E402

SIZES = (3, 10, 50)

SUBJECTS = (
    "The council|The minister|Residents of {place}|The harbour authority|Engineers|"
    "The mayor of {place}|Union leaders|The regional court|Shop owners in {place}|"
    "The transport agency|Scientists|Police in {place}"
).split("|")
VERBS = (
    "said on {day} that|announced that|confirmed that|warned that|argued that|"
    "told reporters in {place} that|admitted that|insisted that"
).split("|")
CLAUSES = (
    "the new bridge at {place} would open before {month}|the budget for repairs had "
    "reached {n} million euros|{n} of the ferries had failed their safety inspections|"
    "traffic in {place} would be limited to buses and bicycles from {month}|the "
    "reservoir near {place} held {n} per cent less water than last year|the plan had "
    "been approved by {n} votes|{n},000 people had signed the petition against it|the "
    "works in {place} would last {n} months|the first results were expected in "
    "{month}|the decision could still be challenged by {place}|{n} schools would close "
    "early on {day}|the number of visitors to {place} had risen by {n} per cent"
).split("|")
TAILS = (
    "according to figures published on {day}|despite opposition from {place}|after a "
    "meeting that lasted until {n} in the morning|in a statement sent from {place}|while "
    "the inquiry opened in {month} continues|as the season begins in {place}"
).split("|")
PLACES = (
    "Northport|Gull Island|Saint-Aubin|the old town|Westbridge|Lower Marsh|Kingsley|"
    "the valley|Eastfield|the harbour district|Millbrook|Ashcombe"
).split("|")
MONTHS = "January|March|April|June|August|October|November|the end of the year".split("|")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday".split("|")


def fill(rng: random.Random, template: str) -> str:
    return template.format(
        place=rng.choice(PLACES),
        month=rng.choice(MONTHS),
        day=rng.choice(DAYS),
        n=rng.randint(2, 95),
    )


FURNITURE = [
    "Get our morning briefing in your inbox",
    "Share on WhatsApp",
    "Most read this week",
    "Photo: council handout",
    "Comments are closed on this article",
    "Subscribe for full access to every story",
    "Follow our live coverage",
]


def story(rng: random.Random, words: int) -> str:
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(CLAUSES)]
            sentence = " ".join(fill(rng, part) for part in parts)
            if rng.random() < 0.6:
                sentence += ", " + fill(rng, rng.choice(TAILS))
            sentences.append(sentence + ".")
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def damage(rng: random.Random, text: str) -> str:
    paragraphs = text.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        words = paragraph.split(" ")
        if rng.random() < 0.3 and len(words) > 10:  # a link's words dropped
            at = rng.randrange(2, len(words) - 6)
            del words[at : at + rng.randint(1, 5)]
        if rng.random() < 0.2:  # two words glued
            at = rng.randrange(len(words) - 1)
            words[at : at + 2] = [words[at] + words[at + 1]]
        if rng.random() < 0.1:  # an entity where a space was
            at = rng.randrange(len(words) - 1)
            words[at] += "&nbsp;" + words.pop(at + 1)
        if rng.random() < 0.1:  # furniture glued onto the paragraph
            words.append(rng.choice(FURNITURE))
        paragraphs[i] = " ".join(words)
    if rng.random() < 0.15:
        paragraphs.append(rng.choice(paragraphs))
    if rng.random() < 0.5:
        paragraphs.insert(0, rng.choice(FURNITURE))
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(FURNITURE))
    if rng.random() < 0.15:
        last = paragraphs[-1]
        paragraphs[-1] = last[: rng.randrange(len(last) // 2, len(last))]
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    # `make bench` passes the same arguments to every script; ignore others'.
    args, _ = parser.parse_known_args(argv)
    rng = random.Random(args.seed)
    clean = story(rng, args.words)
    copies = [damage(rng, clean) for _ in range(max(SIZES))]
    print(f"story: {len(clean.split())} words, {len(clean)} characters")
    reconcile(copies[:2])  # language data loads once, on first use: not part of the timing
    per_copy = {}
    for size in SIZES:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            rebuilt = reconcile(copies[:size])
            best = min(best, time.perf_counter() - start)
        per_copy[size] = best / size
        closest = min(Levenshtein.distance(c, clean) for c in copies[:size])
        print(
            f"{size:3d} copies: {best:7.3f} s  {1000 * best / size:7.2f} ms/copy  "
            f"edit distance to the clean story {Levenshtein.distance(rebuilt, clean)} "
            f"(best copy {closest})"
        )
    ratio = per_copy[max(SIZES)] / per_copy[min(SIZES)]
    print(f"time per copy, {max(SIZES)} copies / {min(SIZES)} copies: {ratio:.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
