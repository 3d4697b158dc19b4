"""Custom document properties (``docProps/custom.xml``): set named string properties, creating the
part, its package relationship and its content-type override when any of them is missing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from review_desk.core.document.namespaces import CUSTOM_PROPS, PKG_RELS, split_tag

if TYPE_CHECKING:
    from review_desk.core.redact.package_editor import PackageEditor

CUSTOM_PART = "docProps/custom.xml"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
#: The format id Word writes for user-defined properties.
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_PACKAGE_RELS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_EMPTY = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}"/>').encode()


def set_custom_properties(editor: PackageEditor, values: Mapping[str, str]) -> str:
    """Set ``values`` as ``vt:lpwstr`` custom properties (existing ones of the same name are updated,
    duplicates of a name removed); returns the custom-properties part name."""
    part = _custom_part(editor)
    root = editor.tree(part)
    ns = split_tag(root.tag)[0] or CUSTOM_NS
    vt = next((uri for uri in root.nsmap.values() if uri.endswith("docPropsVTypes")), VT_NS)
    props = [el for el in root if isinstance(el.tag, str) and split_tag(el.tag)[1] == "property"]
    pids = [int(el.get("pid")) for el in props if (el.get("pid") or "").isdigit()]
    next_pid = max(pids + [1]) + 1
    for name, value in values.items():
        same = [el for el in props if el.get("name") == name]
        for extra in same[1:]:
            root.remove(extra)
            props.remove(extra)
        if same:
            prop = same[0]
            for child in list(prop):
                prop.remove(child)
        else:
            prop = etree.SubElement(root, f"{{{ns}}}property", fmtid=FMTID, pid=str(next_pid), name=name)
            props.append(prop)
            next_pid += 1
        etree.SubElement(prop, f"{{{vt}}}lpwstr").text = value
    return part


def _custom_part(editor: PackageEditor) -> str:
    """The package's custom-properties part, made whole: part, relationship and override."""
    related = [target for _el, kind, target, external in editor.targets("")
               if kind == "custom-properties" and not external]
    part = next((t for t in related if editor.has(t)), CUSTOM_PART)
    if not editor.has(part):
        editor.add(part, _EMPTY)
    elif split_tag(editor.tree(part).tag) not in {(ns, "Properties") for ns in CUSTOM_PROPS}:
        raise ValueError(f"{part} is not a custom-properties part")
    if part not in related:
        _add_relationship(editor, part)
    _ensure_override(editor, part)
    return part


def _add_relationship(editor: PackageEditor, part: str) -> None:
    if not editor.has(_PACKAGE_RELS):
        editor.add(_PACKAGE_RELS, f'<Relationships xmlns="{PKG_RELS}"/>'.encode())
    rels = editor.tree(_PACKAGE_RELS)
    ids = {el.get("Id") for el in rels if isinstance(el.tag, str)}
    number = 1
    while f"rId{number}" in ids:
        number += 1
    ns = split_tag(rels.tag)[0] or PKG_RELS
    etree.SubElement(rels, f"{{{ns}}}Relationship", Id=f"rId{number}", Type=REL_TYPE, Target=part)


def _ensure_override(editor: PackageEditor, part: str) -> None:
    if not editor.has(_CONTENT_TYPES):
        return
    types = editor.tree(_CONTENT_TYPES)
    overrides = [el for el in types if isinstance(el.tag, str) and split_tag(el.tag)[1] == "Override"
                 and el.get("PartName", "").lstrip("/").lower() == part.lower()]
    for extra in overrides[1:]:
        types.remove(extra)
    if overrides:
        overrides[0].set("ContentType", CONTENT_TYPE)
    else:
        etree.SubElement(types, f"{{{split_tag(types.tag)[0]}}}Override", PartName="/" + part,
                         ContentType=CONTENT_TYPE)
