"""One query answers every permission check of a request, and answers it right."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsfix.models import User


def test_it_reads_own_and_group_permissions_in_one_query(editor):
    editor.user_permissions.add(Permission.objects.get(codename="add_importbatch"))
    user = User.objects.get(pk=editor.pk)
    with CaptureQueriesContext(connection) as queries:
        assert user.has_perm("newsfix.add_importbatch")  # own
        assert user.has_perm("newsfix.publish_article")  # through the editors group
        assert not user.has_perm("newsfix.export_article")
    assert len(queries) == 1


@pytest.mark.parametrize("change", ["inactive", "no_group"])
def test_it_grants_nothing_to_inactive_or_groupless_users(editor, change):
    if change == "inactive":
        editor.is_active = False
        editor.save()
    else:
        editor.groups.clear()
    user = User.objects.get(pk=editor.pk)
    assert user.get_all_permissions() == set()
    assert not user.has_perm("newsfix.view_article")


def test_a_superuser_still_has_every_permission(db):
    root = User.objects.create_superuser("root", password="root-pw!")
    assert root.has_perm("newsfix.add_importbatch")
