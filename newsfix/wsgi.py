"""WSGI entry point: ``gunicorn newsfix.wsgi`` or any WSGI server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsfix.settings")
application = get_wsgi_application()
