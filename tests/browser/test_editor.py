"""The editor in a real browser: keyboard flow, conflicts, scraped markup never runs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from newsfix.models import Article, Revision, Story
from tests.flagging import open_flag

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs"
# The README's screenshot is refreshed on request (NEWSFIX_SCREENSHOTS=1), so a
# plain test run leaves the work tree as it found it.
REFRESH_SCREENSHOTS = os.environ.get("NEWSFIX_SCREENSHOTS") == "1"


def _glued(article: Article):
    start = article.current_text.index("aprèsMoscou")
    return open_flag(article, "merge_artifact", start, start + 11, "après Moscou")


def _wait_for_revisions(article: Article, count: int, page) -> list[Revision]:
    for _ in range(50):
        revisions = list(article.revisions.order_by("number"))
        if len(revisions) >= count:
            return revisions
        page.wait_for_timeout(100)
    return list(article.revisions.order_by("number"))


def test_j_a_edit_and_ctrl_s_make_revisions(page, live_server, login, editor, article):
    _glued(article)
    login(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.keyboard.press("j")
    expect(page.locator(".flag-item.is-current")).to_have_count(1)
    page.keyboard.press("a")
    expect(page.locator("#text")).to_have_value(re.compile("après Moscou"))

    page.locator("#text").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Fin de l’article.")
    page.keyboard.press("Control+s")
    expect(page.locator("#notice")).to_contain_text("Saved")

    revisions = _wait_for_revisions(article, 2, page)
    assert [r.number for r in revisions] == [1, 2]
    assert "après Moscou" in revisions[0].text
    assert revisions[1].text == revisions[0].text + " Fin de l’article."
    assert revisions[1].author == editor
    article.refresh_from_db()
    assert article.version == 3


def test_e_selects_the_flagged_text_for_typing_over(page, live_server, login, editor, article):
    _glued(article)
    login(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.keyboard.press("j")
    page.keyboard.press("e")
    page.keyboard.type("après la chute de Moscou")
    expect(page.locator("#text")).to_have_value(re.compile("Genève après la chute de Moscou a"))
    page.keyboard.press("Escape")
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()


def _open_as(browser, live_server, user, article):
    context = browser.new_context()
    other = context.new_page()
    other.goto(f"{live_server.url}/accounts/login/")
    other.fill("#id_username", user.username)
    other.fill("#id_password", user.username + "-pw!")
    other.click("button[type=submit]")
    other.wait_for_url(f"{live_server.url}/")
    other.goto(f"{live_server.url}/articles/{article.pk}/")
    return other


def test_the_panes_load_with_the_page_and_it_says_who_else_has_it_open(
    page, browser, live_server, login, editor, other_editor, article
):
    flag = _glued(article)
    login(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator(f"#working-preview mark#flag-{flag.pk}")).to_have_text("aprèsMoscou")
    expect(page.locator("#raw-text")).to_contain_text("Les diplomates se réunissent")
    page.keyboard.press("j")
    expect(page.locator(f"#flag-{flag.pk}.is-current")).to_have_count(1)
    second = _open_as(browser, live_server, other_editor, article)
    expect(second.locator("#presence")).to_contain_text(editor.username)


def test_a_conflict_is_shown_and_merged_without_losing_anything(
    page, browser, live_server, login, editor, other_editor, article
):
    login(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    second = _open_as(browser, live_server, other_editor, article)

    page.locator("#text").fill("Version de la première rédactrice.")
    page.keyboard.press("Control+s")
    expect(page.locator("#notice")).to_contain_text("Saved")

    second.locator("#text").fill("Version du second rédacteur.")
    second.keyboard.press("Control+s")
    conflict = second.locator(".conflict")
    expect(conflict).to_be_visible()
    expect(conflict.locator("del").first).to_be_visible()
    article.refresh_from_db()
    assert article.current_text == "Version de la première rédactrice."

    second.locator("#text").fill("Version de la première rédactrice. Et du second.")
    second.keyboard.press("Control+s")
    expect(second.locator("#notice")).to_contain_text("Saved")
    texts = [r.text for r in _wait_for_revisions(article, 2, page)]
    assert texts == [
        "Version de la première rédactrice.",
        "Version de la première rédactrice. Et du second.",
    ]


def test_scraped_markup_shows_as_text_and_never_runs(page, live_server, login, editor, source):
    text = (
        "Avant <script>alert(1)</script> au milieu <img src=x onerror=alert(1)> après.\n\n"
        'Un lien <a href="javascript:alert(1)">ici</a> et "><svg onload=alert(1)>.'
    )
    article = Article.objects.create(
        title="<script>alert(1)</script>", raw_text=text, source=source
    )
    open_flag(article, "boilerplate", 6, 31, "")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    login(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#raw-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#working-preview")).to_contain_text("<img src=x onerror=alert(1)>")

    # The text typed back in and re-scanned, saved, compared: still only text.
    page.locator("#text").press("End")
    page.keyboard.type(" <script>alert(2)</script>")
    page.keyboard.press("Control+s")
    expect(page.locator("#notice")).to_contain_text("Saved")
    page.get_by_text("Changes since the scrape").click()
    expect(page.locator("#diff-panel")).to_contain_text("<script>alert(2)</script>")
    page.goto(f"{live_server.url}/articles/{article.pk}/history")
    expect(page.locator("#history-diff")).to_contain_text("alert(2)")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("script:not([src])").count() == 0


def test_restore_from_copy_puts_the_full_sentence_back(page, live_server, login, editor, source):
    story = Story.objects.create(title="Discours")
    cut = "Il a prononcé un discours devant\n\nLa séance a duré deux heures."
    damaged = Article.objects.create(title="Coupé", raw_text=cut, source=source, story=story)
    Article.objects.create(
        title="Entier",
        raw_text="Il a prononcé un discours devant l’Assemblée.\n\nLa séance a duré deux heures.",
        source=source,
        story=story,
    )
    open_flag(damaged, "truncated_sentence", 0, 32, None)
    login(editor)
    page.goto(f"{live_server.url}/articles/{damaged.pk}/")
    expect(page.locator(".full-sentence")).to_contain_text("devant l’Assemblée.")
    page.get_by_role("button", name="Restore from copy").click()
    expect(page.locator("#text")).to_have_value(re.compile("devant l’Assemblée\\."))
    revisions = _wait_for_revisions(damaged, 1, page)
    assert revisions[0].text.startswith("Il a prononcé un discours devant l’Assemblée.")


SCREENSHOT_TEXT = (
    "Share Post:\n\n"
    "Genève – Les diplomates se réunissent lundi à Genève aprèsMoscou a amassé des soldats "
    "à la frontière.Le ministre a parlé.\n\n"
    "Le ministre a  déclaré que rien n’était joué et que les discussions se poursuivraient "
    "« jusqu’à ce qu’un accord soit trouvé.\n\n"
    "Selon un diplomate européen, la réunion devrait durer deux jours. Les délégations "
    "arriveront dimanche soir à l’hôtel InterContinental, où\n\n"
    "Les sanctions économiques seront aussi au menu des discussions, ont indiqué plusieurs "
    "sources proches du dossier.\n\n"
    "Lire aussi : Les dix dates clés du conflit\n\n"
    "Abonnez-vous à notre newsletter"
)


def test_a_screenshot_of_the_editor_for_the_readme(
    page, live_server, login, editor, source, tmp_path
):
    story = Story.objects.create(title="Genève")
    article = Article.objects.create(
        title="Les diplomates se retrouvent à Genève",
        raw_text=SCREENSHOT_TEXT,
        source=source,
        story=story,
        url="https://lemonde.example/geneve",
    )
    Article.objects.create(
        title="Diplomates à Genève (AFP)", raw_text=SCREENSHOT_TEXT, source=source, story=story
    )
    login(editor)
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#raw-text mark").first).to_be_visible()
    expect(page.locator("#working-preview mark").first).to_be_visible()
    page.keyboard.press("j")
    page.keyboard.press("j")
    target = DOCS / "editor.png" if REFRESH_SCREENSHOTS else tmp_path / "editor.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
