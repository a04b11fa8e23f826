"""The registry of checks: kind name -> pure function ``check(doc) -> Iterable[Flag]``.

A literal dict on purpose: adding a check means adding a module and a line here.
"""

from . import (
    boilerplate,
    duplicates,
    encoding,
    fragments,
    merge,
    quotes,
    spacing,
    truncation,
)

CHECKS = {
    "merge_artifact": merge.check,
    "truncated_sentence": truncation.check,
    "dangling_fragment": fragments.check,
    "boilerplate": boilerplate.check,
    "duplicate": duplicates.check,
    "unbalanced_quote": quotes.check,
    "spacing": spacing.check,
    "encoding": encoding.check,
}
