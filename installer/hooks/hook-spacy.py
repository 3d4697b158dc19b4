"""Replaces the contributed hook for spaCy (user hooks take priority), which collects every
submodule: ~75 languages and the test suite.  Same collection, less: no ``spacy.tests``, and only
the languages the spec lists in ``hooksconfig={"review_desk": {"spacy_languages": [...]}}``
(all of them when that is missing).  Modules that really are imported are still found by the
analysis; this only stops forcing the others in.
"""

import re

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_hook_config


def hook(hook_api):
    keep = set(get_hook_config(hook_api, "review_desk", "spacy_languages") or ())

    def wanted(name: str) -> bool:
        """For module names (spacy.lang.en.stop_words) and data folders (spacy/lang/hr)."""
        parts = re.split(r"[./\\]", name)
        if parts[1:2] == ["tests"]:
            return False
        is_language = parts[1:2] == ["lang"] and len(parts) > 2 and re.fullmatch(r"[a-z]{2,3}", parts[2])
        return not (is_language and keep and parts[2] not in keep)

    hook_api.add_imports(*collect_submodules("spacy", filter=wanted))
    hook_api.add_datas([(src, dest) for src, dest in collect_data_files("spacy") if wanted(dest)])
