"""How one reading differs from the pivot, token by token, as opcodes."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Indel

from .words import _NORMAL_SPACE


def _edits(pivot: list[str], reading: list[str]) -> list[tuple[str, int, int, int, int]]:
    """How ``reading`` differs from ``pivot``, token by token, as opcodes.

    Insertions and deletions only (rapidfuzz's Indel): with substitutions a
    glued word shifts the whole alignment by a token at no extra cost. A
    deletion next to an insertion becomes a one-for-one ``replace`` when they
    have the same length, and a ``split`` when the reading's tokens spell the
    pivot's with spaces put back (``ontété`` in the pivot, ``ont été`` in the
    reading): pivot tokens ``i1:i2`` are reading tokens ``j1:j2``.
    """
    ops = [tuple(op) for op in Indel.opcodes(pivot, reading) if op.tag != "equal"]
    # Runs of edits at most one space apart: a glued word is several of them.
    runs: list[list[tuple]] = []
    for op in ops:
        if (
            runs
            and op[1] - runs[-1][-1][2] <= 1
            and all(t.isspace() for t in pivot[runs[-1][-1][2] : op[1]])
        ):
            runs[-1].append(op)
        else:
            runs.append([op])
    out: list[tuple[str, int, int, int, int]] = []
    for run in runs:
        i1, i2 = min(op[1] for op in run), max(op[2] for op in run)
        j1, j2 = min(op[3] for op in run), max(op[4] for op in run)
        if (
            len(run) > 1
            and _joined(pivot[i1:i2])
            and _joined(pivot[i1:i2]) == _joined(reading[j1:j2])
            and _spaces(reading[j1:j2]) > _spaces(pivot[i1:i2])
        ):
            out.append(("split", i1, i2, j1, j2))
            continue
        # Otherwise edits that touch are one substitution (an entity, a
        # mojibake word, words glued in the reading), not a drop to fill.
        pieces: list[list[tuple]] = []
        for op in run:
            if pieces and op[1] == pieces[-1][-1][2] and op[3] == pieces[-1][-1][4]:
                pieces[-1].append(op)
            else:
                pieces.append([op])
        for piece in pieces:
            if {op[0] for op in piece} != {"delete", "insert"}:
                out.extend(piece)
                continue
            i1, i2 = min(op[1] for op in piece), max(op[2] for op in piece)
            j1, j2 = min(op[3] for op in piece), max(op[4] for op in piece)
            out.append(("replace" if i2 - i1 == j2 - j1 else "change", i1, i2, j1, j2))
    return _leftmost(out, pivot, reading)


def _leftmost(ops: list, pivot: list[str], reading: list[str]) -> list:
    """Move each insertion and deletion as far left as it can go.

    Inserting ``110 `` after ``about `` or `` 110`` after ``about`` is the
    same edit; copies must agree on where it is for their votes to count.
    """
    out = []
    for tag, i1, i2, j1, j2 in ops:
        floor_i, floor_j = (out[-1][2], out[-1][4]) if out else (0, 0)
        if tag == "insert":
            while i1 > floor_i and j1 > floor_j and reading[j2 - 1] == pivot[i1 - 1]:
                i1, i2, j1, j2 = i1 - 1, i2 - 1, j1 - 1, j2 - 1
        elif tag == "delete":
            while i1 > floor_i and j1 > floor_j and pivot[i2 - 1] == pivot[i1 - 1]:
                i1, i2, j1, j2 = i1 - 1, i2 - 1, j1 - 1, j2 - 1
        if out and tag == "insert" and out[-1][0] == "insert" and out[-1][1] == i1:
            out[-1] = ("insert", i1, i2, out[-1][3], j2)  # now one insertion
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def _spaces(tokens: Sequence[str]) -> int:
    return sum(1 for t in tokens if t[:1].isspace())


def _joined(tokens: Sequence[str]) -> str:
    return _NORMAL_SPACE.sub("", "".join(tokens))
