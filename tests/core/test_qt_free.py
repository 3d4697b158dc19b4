"""The core must import, module by module, without PySide6 or the GUI package."""

import subprocess
import sys
import textwrap


def test_core_imports_without_qt():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6') or name.startswith('review_desk.gui'):
                    raise ImportError('blocked: ' + name)
        sys.meta_path.insert(0, Block())
        import review_desk.core
        for m in pkgutil.walk_packages(review_desk.core.__path__, 'review_desk.core.'):
            importlib.import_module(m.name)
        import review_desk.cli
        print('ok')
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
