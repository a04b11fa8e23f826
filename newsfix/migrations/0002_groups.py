"""Create the editors and admins groups with their permissions.

The permissions are created here because on a fresh database Django only makes
them after all migrations ran (post_migrate).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = {
    "newsfix": [
        "view_article",
        "change_article",
        "publish_article",
        "view_revision",
        "add_revision",
        "view_flag",
        "change_flag",
        "view_source",
        "view_story",
        "view_dismissal",
        "add_dismissal",
    ],
}
ADMINS_EXTRA = {
    "newsfix": [
        "export_article",
        "add_importbatch",
        "view_importbatch",
        "change_importbatch",
        "view_importproblem",
        "add_source",
        "change_source",
        "change_story",
        "add_story",
        "view_auditentry",
        "add_user",
        "change_user",
        "view_user",
    ],
    "auth": ["view_group"],
}


def _permissions(apps, wanted):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codenames in wanted.items():
        for codename in codenames:
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return found


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name="editors")
    editors.permissions.add(*_permissions(apps, EDITORS))
    admins, _ = Group.objects.get_or_create(name="admins")
    admins.permissions.add(*_permissions(apps, EDITORS), *_permissions(apps, ADMINS_EXTRA))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["editors", "admins"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsfix", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
