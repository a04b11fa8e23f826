"""Bulk import of scrapes: files of any size in, articles, stories and a report of bad rows out.

The web upload (a task) and the ``import_articles`` command share one service,
:func:`newsfix.importing.service.run_batch`. Reading is streamed from end to
end: a file is decoded, split into rows, mapped to records and committed in
chunks, so memory does not grow with the file.

    readers     bytes -> rows (JSON Lines, JSON array, CSV, HTML, ZIP, gzip)
    records     row -> Record, or the reason a person can act on
    grouping    near-duplicate copies of one story -> one Story
    service     chunks: dedupe, store, flag, count, resume
"""
