"""The editor screen: full page, htmx partials, saving, conflicts, flag actions, rights."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsfix import review
from newsfix.models import Article, Dismissal, EditSession, Flag
from tests.flagging import open_flag

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def glued(article) -> Flag:
    start = article.current_text.index("aprèsMoscou")
    return open_flag(article, "merge_artifact", start, start + 11, "après Moscou")


def _url(name: str, article: Article, *extra) -> str:
    return reverse(name, args=[article.pk, *extra])


# ---------------------------------------------------------------- the page


def test_the_editor_shows_both_texts_the_form_and_the_flags(editor_client, article, glued):
    response = editor_client.get(_url("editor", article))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="raw-text"' in page
    assert '<textarea id="text" name="text"' in page
    assert f'action="/articles/{article.pk}/save"' in page
    assert f'name="version" id="version" value="{article.version}"' in page
    assert f'href="#flag-{glued.pk}"' in page
    assert f"/articles/{article.pk}/flags/{glued.pk}/accept" in page
    assert "newsfix/editor.js" in page
    # The highlighted working copy, loaded by the page as it shows.
    assert f'hx-get="/articles/{article.pk}/preview" hx-trigger="load"' in page
    preview = editor_client.get(_url("editor_preview", article), **HTMX).content.decode()
    assert preview.startswith('<div id="working-preview"') and "hx-get" not in preview
    assert f'<mark id="flag-{glued.pk}" tabindex="0"' in preview


def test_an_article_created_without_flags_is_analysed_on_first_open(editor_client, source):
    article = Article.objects.create(title="Direct", raw_text="Texte  brut.", source=source)
    assert article.flagged_version is None
    response = editor_client.get(_url("editor", article))
    article.refresh_from_db()
    assert response.status_code == 200
    assert article.flagged_version == article.version


def _raw_flag(article: Article, kind: str, start: int, end: int) -> Flag:
    """A flag of the raw scrape, as the analysis would have stored it."""
    Article.objects.filter(pk=article.pk).update(flagged_version=article.version)
    return Flag.objects.create(
        article=article,
        target=Flag.Target.RAW,
        kind=kind,
        start=start,
        end=end,
        message=f"{kind} in the scrape",
        excerpt=article.raw_text[start:end],
    )


def test_the_raw_scrape_pane_loads_after_the_page(editor_client, article):
    page = editor_client.get(_url("editor", article)).content.decode()
    assert f'hx-get="/articles/{article.pk}/raw" hx-trigger="load" hx-swap="outerHTML"' in page
    # Without JavaScript, a link to it.
    assert f'<a href="/articles/{article.pk}/raw">' in page
    assert "Share Post:" not in page.split('id="raw-text"')[1].split("</section>")[0]


def test_the_raw_scrape_pane_shows_the_scrape_with_its_flags(editor_client, article):
    flag = _raw_flag(article, "boilerplate", 0, 11)
    response = editor_client.get(_url("editor_raw", article), **HTMX)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.startswith("<section") and "hx-get" not in body
    assert f'<mark id="raw-{flag.pk}" tabindex="0" class="flag flag-boilerplate"' in body
    assert ">Share Post:</mark>" in body
    assert "1 flags" in body
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(
    ("name", "pane"), [("editor_raw", "raw-text"), ("editor_preview", "working-preview")]
)
def test_a_pane_without_javascript_is_a_page(editor_client, article, name, pane):
    page = editor_client.get(_url("editor", article)).content.decode()
    assert f'<a href="{_url(name, article)}">' in page
    body = editor_client.get(_url(name, article)).content.decode()
    assert "<!doctype html>" in body
    assert f'<a href="/articles/{article.pk}/">' in body
    assert f'id="{pane}"' in body and "hx-get" not in body


def test_a_text_other_than_the_saved_one_is_highlighted_in_the_page(
    client, editor, other_editor, article
):
    review.save(article, "Their <version>.", 1, other_editor)
    client.force_login(editor)
    response = client.post(_url("editor_save", article), {"text": "My <version>.", "version": 1})
    assert response.status_code == 409
    preview = response.content.decode().split('id="working-preview"')[1].split("</div>")[0]
    assert "hx-get" not in preview
    assert 'data-scanned="1"' in preview and "My &lt;version&gt;." in preview


def test_the_preview_pane_escapes_the_text_before_highlighting(editor_client, source):
    text = "Avant <script>alert(1)</script> et <img src=x onerror=alert(1)> après."
    article = Article.objects.create(title="XSS", raw_text=text, source=source)
    flag = open_flag(article, "boilerplate", 6, 31, "")
    body = editor_client.get(_url("editor_preview", article), **HTMX).content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert f'<mark id="flag-{flag.pk}"' in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in body


def test_the_raw_scrape_pane_escapes_the_scrape_before_highlighting(editor_client, source):
    text = "Avant <script>alert(1)</script> et <img src=x onerror=alert(1)> après."
    article = Article.objects.create(title="XSS", raw_text=text, source=source)
    _raw_flag(article, "boilerplate", 6, 31)
    body = editor_client.get(_url("editor_raw", article), **HTMX).content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in body


def test_the_scraped_text_is_escaped_before_it_is_highlighted(editor_client, source):
    text = "Avant <script>alert(1)</script> et <img src=x onerror=alert(1)> après."
    article = Article.objects.create(title="XSS <b>", raw_text=text, source=source)
    open_flag(article, "boilerplate", 6, 31, "")
    page = editor_client.get(_url("editor", article)).content.decode()
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "XSS &lt;b&gt;" in page


def test_the_editor_lists_the_other_copies_of_the_story(editor_client, article, source):
    from newsfix.models import Story

    story = Story.objects.create(title="Genève")
    copy = Article.objects.create(
        title="Copie ailleurs", raw_text="Les diplomates.", source=source, story=story
    )
    Article.objects.filter(pk=article.pk).update(story=story)
    page = editor_client.get(_url("editor", article)).content.decode()
    assert "Copie ailleurs" in page
    assert f'href="/articles/{copy.pk}/"' in page


def _open(client, article: Article) -> str:
    """What a browser does to open the editor: the page, then the poll it fires as it loads."""
    client.get(_url("editor", article))
    return client.post(_url("editor_presence", article), **HTMX).content.decode()


def test_the_editor_warns_who_else_has_the_article_open(client, editor, other_editor, article):
    client.force_login(other_editor)
    _open(client, article)
    client.force_login(editor)
    assert "ed2" in _open(client, article)
    assert EditSession.objects.filter(article=article).count() == 2


def test_showing_the_editor_writes_nothing(editor_client, article, glued):
    with CaptureQueriesContext(connection) as queries:
        page = editor_client.get(_url("editor", article)).content.decode()
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
    # Everything the page shows of the article comes with it: no field loaded later.
    assert sum('FROM "newsfix_article"' in q["sql"] for q in queries) == 1
    assert not EditSession.objects.exists()
    # The soft lock is the presence poll's, fired as the page loads.
    assert f'hx-post="/articles/{article.pk}/presence" hx-trigger="load, every 30s"' in page


def test_the_presence_poll_takes_the_soft_lock_then_only_renews_it(editor_client, editor, article):
    body = editor_client.post(_url("editor_presence", article), **HTMX).content.decode()
    assert EditSession.objects.filter(article=article, user=editor).count() == 1
    # Its answer replaces the poll: it must not fire again on load, only every 30 s.
    assert 'hx-trigger="every 30s"' in body


def test_the_presence_poll_renews_the_session(editor_client, editor, article):
    response = editor_client.post(_url("editor_presence", article), **HTMX)
    assert response.status_code == 200
    assert 'id="presence"' in response.content.decode()
    assert EditSession.objects.filter(article=article, user=editor).exists()


# ---------------------------------------------------------------- saving


def test_a_plain_save_redirects_back_with_a_new_revision(editor_client, article):
    response = editor_client.post(
        _url("editor_save", article), {"text": "Corrigé.\r\nFin.", "version": 1}
    )
    assert response.status_code == 303
    assert response["Location"] == _url("editor", article)
    article.refresh_from_db()
    assert article.current_text == "Corrigé.\nFin."
    assert article.version == 2
    assert article.revisions.get().number == 1


def test_an_htmx_save_answers_the_refreshed_pieces(editor_client, article):
    response = editor_client.post(
        _url("editor_save", article), {"text": "Corrigé.", "version": 1}, **HTMX
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="working-preview"' in body
    assert 'id="version" value="2" hx-swap-oob="true"' in body
    assert 'id="flag-list" class="flag-list" hx-swap-oob="true"' in body


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_a_stale_save_answers_409_and_shows_the_conflict(
    client, editor, other_editor, article, headers
):
    review.save(article, "Their version.", 1, other_editor)
    client.force_login(editor)
    response = client.post(
        _url("editor_save", article), {"text": "My version.", "version": 1}, **headers
    )
    assert response.status_code == 409
    body = response.content.decode()
    article.refresh_from_db()
    assert article.current_text == "Their version."
    assert "<del>Their</del><ins>My</ins>" in body
    if not headers:
        # The page comes back with this editor's text in the box, to merge.
        assert "My version.</textarea>" in body
    assert f'name="version" id="version" value="{article.version}"' in body


def test_a_save_after_someone_dismissed_a_flag_goes_through(
    client, editor, other_editor, article, glued
):
    client.force_login(editor)
    page = client.get(_url("editor", article)).content.decode()
    base = review.text_digest(article.current_text)
    assert f'name="base_digest" id="base-digest" value="{base}"' in page
    review.dismiss(article, glued, other_editor, article.version)
    response = client.post(
        _url("editor_save", article), {"text": "Corrigé.", "version": 1, "base_digest": base}
    )
    assert response.status_code == 303
    article.refresh_from_db()
    assert article.current_text == "Corrigé."


def test_a_save_from_another_text_still_conflicts(client, editor, other_editor, article):
    client.force_login(editor)
    base = review.text_digest(article.current_text)
    review.save(article, "Their version.", 1, other_editor)
    response = client.post(
        _url("editor_save", article), {"text": "Mine.", "version": 1, "base_digest": base}
    )
    assert response.status_code == 409
    article.refresh_from_db()
    assert article.current_text == "Their version."


def test_an_htmx_save_moves_the_version_and_the_digest_on(editor_client, article):
    response = editor_client.post(
        _url("editor_save", article), {"text": "Corrigé.", "version": 1}, **HTMX
    )
    body = response.content.decode()
    digest = review.text_digest("Corrigé.")
    assert f'id="base-digest" value="{digest}" hx-swap-oob="true"' in body


def test_after_a_refused_action_the_next_save_still_shows_the_conflict(
    client, editor, other_editor, article, glued
):
    """An action refused as stale must not move the form on past text it never showed."""
    client.force_login(editor)
    review.save(article, "Their version.", 1, other_editor)
    refused = client.post(_url("editor_fix_all", article), {"version": 1}, **HTMX)
    assert refused.status_code == 409
    body = refused.content.decode()
    assert 'id="version" value="1" hx-swap-oob="true"' in body
    assert 'id="base-digest" value="" hx-swap-oob="true"' in body
    response = client.post(_url("editor_save", article), {"text": "Mine.", "version": 1}, **HTMX)
    assert response.status_code == 409
    article.refresh_from_db()
    assert article.current_text == "Their version."


def test_after_a_conflict_the_merged_text_saves(client, editor, other_editor, article):
    review.save(article, "Their version.", 1, other_editor)
    client.force_login(editor)
    client.post(_url("editor_save", article), {"text": "Mine.", "version": 1})
    response = client.post(
        _url("editor_save", article), {"text": "Their version. Mine.", "version": 2}
    )
    assert response.status_code == 303
    texts = list(article.revisions.order_by("number").values_list("text", flat=True))
    assert texts == ["Their version.", "Their version. Mine."]


@pytest.mark.parametrize(
    "data",
    [{"text": "x"}, {"version": "1"}, {"text": "x", "version": "one"}],
    ids=["no-version", "no-text", "bad-version"],
)
def test_a_save_without_its_fields_is_a_bad_request(editor_client, article, data):
    assert editor_client.post(_url("editor_save", article), data).status_code == 400


def test_the_scan_flags_typed_text_without_saving_it(editor_client, article):
    response = editor_client.post(
        _url("editor_scan", article), {"text": "Texte <b>tapé</b>.", "version": 1}, **HTMX
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "&lt;b&gt;" in body and "<b>" not in body
    assert 'data-scanned="1"' in body
    article.refresh_from_db()
    assert article.version == 1
    assert not article.revisions.exists()


# ---------------------------------------------------------------- flag actions


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_accept_applies_the_suggestion(editor_client, article, glued, headers):
    response = editor_client.post(
        _url("flag_accept", article, glued.pk), {"version": article.version}, **headers
    )
    assert response.status_code == (200 if headers else 303)
    article.refresh_from_db()
    assert "après Moscou" in article.current_text
    if headers:
        assert '<textarea id="text"' in response.content.decode()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_dismiss_remembers_the_dismissal(editor_client, article, glued, headers):
    response = editor_client.post(
        _url("flag_dismiss", article, glued.pk), {"version": article.version}, **headers
    )
    assert response.status_code == (200 if headers else 303)
    assert Dismissal.objects.filter(article=article, excerpt="aprèsMoscou").exists()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_a_flag_action_on_a_stale_version_answers_409(editor_client, article, glued, headers):
    response = editor_client.post(
        _url("flag_accept", article, glued.pk), {"version": article.version + 1}, **headers
    )
    assert response.status_code == 409
    article.refresh_from_db()
    assert "aprèsMoscou" in article.current_text


def test_apply_all_safe_fixes_then_undo(editor_client, article, glued):
    original = article.current_text
    response = editor_client.post(_url("editor_fix_all", article), {"version": 1})
    assert response.status_code == 303
    article.refresh_from_db()
    assert "après Moscou" in article.current_text
    response = editor_client.post(
        _url("editor_undo", article), {"version": article.version, "revision": 1}
    )
    assert response.status_code == 303
    article.refresh_from_db()
    assert article.current_text == original


# ---------------------------------------------------------------- rights


@pytest.mark.parametrize(
    ("name", "extra"),
    [
        ("editor_save", ()),
        ("editor_scan", ()),
        ("editor_fix_all", ()),
        ("editor_undo", ()),
        ("editor_rebuild", ()),
        ("flag_accept", (1,)),
        ("flag_dismiss", (1,)),
        ("flag_restore_from_copy", (1,)),
    ],
)
def test_changing_needs_the_change_permission(client, outsider, article, name, extra):
    client.force_login(outsider)
    response = client.post(_url(name, article, *extra), {"text": "x", "version": 1})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.version == 1


def test_viewing_needs_the_view_permission(client, outsider, article):
    client.force_login(outsider)
    assert client.get(_url("editor", article)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, article):
    response = client.get(_url("editor", article))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_editor_refuses_get_on_actions(editor_client, article):
    assert editor_client.get(_url("editor_save", article)).status_code == 405


# ---------------------------------------------------------------- other copies


@pytest.fixture
def cut_copy(source):
    """A copy that lost the end of its first sentence, and a copy that kept it."""
    from newsfix.models import Story

    story = Story.objects.create(title="Discours")
    damaged = Article.objects.create(
        title="Coupé",
        raw_text="Il a prononcé un discours devant\n\nLa séance a duré deux heures.",
        source=source,
        story=story,
    )
    Article.objects.create(
        title="Entier",
        raw_text="Il a prononcé un discours devant l’Assemblée.\n\nLa séance a duré deux heures.",
        source=source,
        story=story,
    )
    return damaged


def test_a_truncated_sentence_shows_the_full_one_from_another_copy(editor_client, cut_copy):
    flag = open_flag(cut_copy, "truncated_sentence", 0, 32, None)
    page = editor_client.get(_url("editor", cut_copy)).content.decode()
    assert "devant l’Assemblée." in page
    assert f"/flags/{flag.pk}/restore-from-copy" in page


def test_restore_from_copy_saves_the_full_sentence_as_a_revision(editor_client, cut_copy):
    flag = open_flag(cut_copy, "truncated_sentence", 0, 32, None)
    response = editor_client.post(
        _url("flag_restore_from_copy", cut_copy, flag.pk), {"version": cut_copy.version}
    )
    assert response.status_code == 303
    cut_copy.refresh_from_db()
    assert cut_copy.current_text.startswith("Il a prononcé un discours devant l’Assemblée.")
    assert "copy" in cut_copy.revisions.get().note


def test_restore_from_copy_without_a_fuller_copy_says_so(editor_client, article):
    flag = open_flag(article, "truncated_sentence", 0, 10, None)
    response = editor_client.post(
        _url("flag_restore_from_copy", article, flag.pk), {"version": article.version}, **HTMX
    )
    assert response.status_code == 200
    assert "No other copy" in response.content.decode()
    assert not article.revisions.exists()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_rebuild_fills_the_working_copy_without_saving(editor_client, cut_copy, headers):
    response = editor_client.post(_url("editor_rebuild", cut_copy), {"version": 1}, **headers)
    assert response.status_code == 200
    assert "devant l’Assemblée." in response.content.decode()
    cut_copy.refresh_from_db()
    assert cut_copy.version == 1
    assert not cut_copy.revisions.exists()


def test_rebuild_without_other_copies_is_refused(editor_client, article):
    response = editor_client.post(_url("editor_rebuild", article), {"version": 1})
    assert response.status_code == 303
    assert not article.revisions.exists()


def test_a_scan_of_the_saved_text_shows_the_stored_flags(editor_client, article, glued):
    response = editor_client.post(
        _url("editor_scan", article), {"text": article.current_text, "version": 1}, **HTMX
    )
    body = response.content.decode()
    assert 'data-scanned="1"' not in body
    assert f"/flags/{glued.pk}/accept" in body


@pytest.mark.parametrize(
    ("suffix", "name"),
    [
        ("save", "editor_save"),
        ("scan", "editor_scan"),
        ("presence", "editor_presence"),
        ("raw", "editor_raw"),
        ("preview", "editor_preview"),
        ("fix-all", "editor_fix_all"),
        ("undo", "editor_undo"),
        ("rebuild", "editor_rebuild"),
        ("diff", "editor_diff"),
        ("history", "history"),
        ("flags/7/accept", "flag_accept"),
        ("flags/7/dismiss", "flag_dismiss"),
        ("flags/7/restore-from-copy", "flag_restore_from_copy"),
    ],
)
def test_the_links_written_from_the_editor_address_reach_their_views(suffix, name):
    """The templates write these as the editor's URL plus a suffix."""
    from django.urls import resolve

    assert resolve(reverse("editor", args=[3]) + suffix).url_name == name
