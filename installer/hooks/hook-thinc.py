"""Replaces the contributed hook for thinc (user hooks take priority): the same submodules and data
files (thinc reads its .cu kernels at import), without the test suite."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["tests"])
hiddenimports = collect_submodules("thinc", filter=lambda name: not name.startswith("thinc.tests"))
