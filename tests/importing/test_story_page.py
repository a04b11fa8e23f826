"""Fixing story grouping by hand: the story page splits copies off, stories merge."""

from __future__ import annotations

import pytest

from newsfix.importing import stories
from newsfix.models import Article, Story

pytestmark = pytest.mark.django_db


def copies(story: Story, *titles: str) -> list[Article]:
    return [
        Article.objects.create(
            title=title, raw_text=f"{title}. Le texte de la dépêche.", story=story
        )
        for title in titles
    ]


@pytest.fixture
def story() -> Story:
    return Story.objects.create(title="Genève", key="k", fingerprint="genève")


def test_the_story_page_lists_its_copies_with_a_checkbox_each(admin_client_, story):
    first, second = copies(story, "Genève", "Le blé")
    body = admin_client_.get(f"/stories/{story.pk}/").content.decode()
    assert f'name="article" value="{first.pk}"' in body
    assert "Le blé" in body


def test_splitting_moves_the_selected_copies_into_a_new_story(admin_client_, story):
    keep, wrong = copies(story, "Genève", "Le prix du blé")
    response = admin_client_.post(f"/stories/{story.pk}/split", {"article": [wrong.pk]})
    wrong.refresh_from_db()
    assert wrong.story_id != story.pk
    assert response["Location"] == f"/stories/{wrong.story_id}/"
    assert Article.objects.get(pk=keep.pk).story_id == story.pk
    assert wrong.story.title == "Le prix du blé"


def test_splitting_off_the_first_copy_makes_the_next_one_the_representative(story):
    first, second = copies(story, "Premier titre", "Second titre")
    stories.split(story, [first.pk])
    story.refresh_from_db()
    assert story.title == "Second titre"
    assert story.fingerprint.startswith("second titre |")


def test_splitting_every_copy_deletes_the_emptied_story(story):
    (only,) = copies(story, "Seul")
    new = stories.split(story, [only.pk])
    assert not Story.objects.filter(pk=story.pk).exists()
    assert Article.objects.get().story == new


def test_splitting_nothing_says_what_to_do(admin_client_, story):
    copies(story, "Genève")
    response = admin_client_.post(f"/stories/{story.pk}/split", {}, follow=True)
    assert "Select the copies" in response.content.decode()


def test_merging_moves_every_copy_into_the_older_story(admin_client_, story):
    other = Story.objects.create(title="Genève bis")
    copies(story, "A")
    copies(other, "B", "C")
    response = admin_client_.post(f"/stories/{other.pk}/merge", {"other": story.pk})
    assert response["Location"] == f"/stories/{story.pk}/"
    assert set(Article.objects.values_list("story_id", flat=True)) == {story.pk}
    assert not Story.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize("other", ["", "abc", "999999", "self"], ids=str)
def test_merging_with_no_valid_other_story_changes_nothing(admin_client_, story, other):
    copies(story, "A")
    value = str(story.pk) if other == "self" else other
    response = admin_client_.post(f"/stories/{story.pk}/merge", {"other": value}, follow=True)
    assert "Give the number of another story" in response.content.decode()
    assert Story.objects.count() == 1


def test_the_admin_merges_selected_stories_with_an_action(admin_client_, story):
    other = Story.objects.create(title="Genève bis")
    copies(story, "A")
    copies(other, "B")
    response = admin_client_.post(
        "/admin/newsfix/story/",
        {"action": "merge_stories", "_selected_action": [story.pk, other.pk]},
    )
    assert response.status_code == 302
    assert Story.objects.count() == 1
    assert Article.objects.filter(story=story).count() == 2


def test_the_admin_story_list_links_each_story_to_its_copies(admin_client_, story):
    copies(story, "A", "B")
    body = admin_client_.get("/admin/newsfix/story/").content.decode()
    assert f'<a href="/stories/{story.pk}/">2</a>' in body


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/stories/{pk}/"), ("post", "/stories/{pk}/split"), ("post", "/stories/{pk}/merge")],
    ids=["page", "split", "merge"],
)
def test_editors_may_not_regroup_stories(editor_client, story, method, path):
    response = getattr(editor_client, method)(path.format(pk=story.pk))
    assert response.status_code == 403
