from django.apps import AppConfig


class NewsfixConfig(AppConfig):
    name = "newsfix"
    verbose_name = "newsfix"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from newsfix import checks  # noqa: F401  (registers the system checks)
