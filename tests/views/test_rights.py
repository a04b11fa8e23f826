"""Every URL of the project, asked by every role, gets the answer that role deserves.

Anonymous visitors reach only the login page and the published output (public
pages, feed, API); an outsider (logged in, in no group) is refused everything
else; editors get the editor screens and are refused imports, export, the
audit log and user management; admins get everything. A URL added to the
project without an expectation here fails ``test_every_url_has_an_expectation``.
"""

from __future__ import annotations

import pytest
from django.urls import URLResolver, get_resolver, reverse

from newsfix.models import Article, Flag, ImportBatch, Story
from tests.published import add_flag, make_published

ROLES = ("anonymous", "outsider", "editor", "admin")

LOGIN = "login"  # redirected to the login page
ADMIN_LOGIN = "admin login"  # redirected to the admin's own login page
DENIED = 403
OK = 200
PASSES = "passes"  # past the gate: neither refused nor sent to log in, and no server error
GONE = 405

EDITOR_PAGE = ("GET", LOGIN, DENIED, OK, OK)
EDITOR_ACTION = ("POST", LOGIN, DENIED, PASSES, PASSES)
ADMIN_PAGE = ("GET", LOGIN, DENIED, DENIED, OK)
ADMIN_ACTION = ("POST", LOGIN, DENIED, DENIED, PASSES)
PUBLIC = ("GET", OK, OK, OK, OK)
ANY_USER = ("GET", LOGIN, OK, OK, OK)

EXPECTED = {
    # queue
    "queue": EDITOR_PAGE,
    "queue_next": ("GET", LOGIN, DENIED, PASSES, PASSES),
    "queue_bulk": EDITOR_ACTION,
    # editor, history, revisions
    "editor": EDITOR_PAGE,
    "editor_diff": EDITOR_PAGE,
    "editor_raw": EDITOR_PAGE,
    "editor_preview": EDITOR_PAGE,
    "history": EDITOR_PAGE,
    "editor_save": EDITOR_ACTION,
    "editor_scan": EDITOR_ACTION,
    "editor_presence": EDITOR_ACTION,
    "editor_fix_all": EDITOR_ACTION,
    "editor_undo": EDITOR_ACTION,
    "editor_rebuild": EDITOR_ACTION,
    "flag_accept": EDITOR_ACTION,
    "flag_dismiss": EDITOR_ACTION,
    "flag_restore_from_copy": EDITOR_ACTION,
    "history_restore": EDITOR_ACTION,
    # publishing
    "publish": EDITOR_ACTION,
    "unpublish": EDITOR_ACTION,
    "reject": EDITOR_ACTION,
    "reopen": EDITOR_ACTION,
    # public output
    "public_article": PUBLIC,
    "feed": PUBLIC,
    "api_articles": PUBLIC,
    "api_article": PUBLIC,
    "api_article_slash": PUBLIC,
    # admins only
    "export_published": ADMIN_PAGE,
    "audit": ADMIN_PAGE,
    "imports": ADMIN_PAGE,
    "import_upload": ADMIN_PAGE,
    "import_batch": ADMIN_PAGE,
    "import_resume": ADMIN_ACTION,
    "story": ADMIN_PAGE,
    "story_split": ADMIN_ACTION,
    "story_merge": ADMIN_ACTION,
    # accounts: every signed-in user manages their own password
    "login": PUBLIC,
    "logout": ("GET", GONE, GONE, GONE, GONE),
    "password_change": ANY_USER,
    "password_change_done": ANY_USER,
    # the admin site checks staff status itself; its index and the user list stand for it
    "admin:index": ("GET", ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK),
    "admin:newsfix_user_changelist": ("GET", ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK),
}

# URLs whose <pk> is not an article's.
PK_OF = {
    "import_batch": "batch",
    "import_resume": "batch",
    "story": "story",
    "story_split": "story",
    "story_merge": "story",
}


def _walk(patterns, namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from _walk(pattern.url_patterns, inner)
        elif pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, getattr(pattern.pattern, "converters", {})


def project_urls() -> dict[str, list[str]]:
    """Every named URL (the admin's own pages aside) and the parameters it takes."""
    found = {}
    for name, converters in _walk(get_resolver().url_patterns):
        if name.startswith("admin:") and name not in EXPECTED:
            continue
        found.setdefault(name, list(converters))
    return found


def test_every_url_has_an_expectation():
    urls = project_urls()
    assert sorted(set(urls) - set(EXPECTED)) == [], "add these URLs to EXPECTED"
    assert sorted(set(EXPECTED) - set(urls)) == [], "these URLs are gone: drop them"


@pytest.fixture
def objects(db, source, admin_user):
    article = make_published(source, title="Public")
    flag = add_flag(article)
    batch = ImportBatch.objects.create(created_by=admin_user, filename="x.jsonl")
    story = Story.objects.create(title="Public")
    Article.objects.filter(pk=article.pk).update(story=story)
    return {"article": article, "flag": flag, "batch": batch, "story": story}


def _url(name: str, params: list[str], objects) -> str:
    values = {
        "pk": objects[PK_OF.get(name, "article")].pk,
        "flag_pk": objects["flag"].pk,
        "slug": objects["article"].slug,
    }
    return reverse(name, kwargs={p: values[p] for p in params})


def _answer(response) -> object:
    location = response.get("Location", "") if response.status_code in (301, 302) else ""
    if location.startswith(reverse("admin:login")):
        return ADMIN_LOGIN
    if location.startswith(reverse("login")):
        return LOGIN
    return response.status_code


def _matches(expected, response) -> bool:
    answer = _answer(response)
    if expected == PASSES:
        return answer not in (LOGIN, ADMIN_LOGIN, DENIED) and answer < 500
    return answer == expected


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_expected_answer_everywhere(client, objects, request, role):
    if role != "anonymous":
        user = request.getfixturevalue({"admin": "admin_user"}.get(role, role))
        client.force_login(user)
    wrong = []
    for name, params in sorted(project_urls().items()):
        if name not in EXPECTED:
            continue  # reported by test_every_url_has_an_expectation
        method, *answers = EXPECTED[name]
        expected = answers[ROLES.index(role)]
        url = _url(name, params, objects)
        response = client.post(url) if method == "POST" else client.get(url)
        if not _matches(expected, response):
            wrong.append(f"{method} {url} ({name}): expected {expected}, got {_answer(response)}")
        Flag.objects.filter(pk=objects["flag"].pk).update(state=Flag.State.OPEN)
    assert wrong == []
