"""The text engine stands alone: it must import and run with Django unavailable."""

import subprocess
import sys
import textwrap


def test_the_text_engine_runs_with_django_blocked():
    code = textwrap.dedent(
        """
        import sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "django" or name.startswith("django."):
                    raise ImportError("django is blocked in this test")
                return None

        sys.meta_path.insert(0, Block())
        from newsfix.text import repair, scan
        from newsfix.text.jsonl import read_articles
        from newsfix.text.cli import main  # the command line too
        flags = scan("Il est arrivé aprèsMoscou.  Bien.")
        assert {f.kind for f in flags} >= {"merge_artifact", "spacing"}, flags
        assert repair("Il est arrivé aprèsMoscou.") == "Il est arrivé après Moscou."
        assert not any(m == "django" or m.startswith("django.") for m in sys.modules)
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
