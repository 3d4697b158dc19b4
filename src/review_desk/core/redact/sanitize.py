"""The sanitizer: removes what a published document must not carry besides its visible text, in
the spirit of Word's Document Inspector (the places of the README's "Where it reads a .docx"), and reports every removal.

On by default for publication.  Steps (each can be turned off in the policy's ``[sanitize]``):
comments, their extensions and ``people.xml``; tracked changes accepted (insertions kept,
deletions and formatting revisions dropped); hidden text; ``customXml/`` parts, ``w:customXml``
wrappers and content-control data bindings; custom properties; document variables; rsids;
thumbnails; image metadata (EXIF / XMP / IPTC, PNG text chunks); the attached template's path.
Author and last-modified-by become the agency; ``cp:lastPrinted``, the manager and the hyperlink
base go.  Embedded objects (``word/embeddings/``, chart workbooks, ActiveX) and macros are removed
(their pictures stay) or, with ``embedded_objects = "refuse"``, refused with a clear error.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from lxml import etree

from review_desk.core.document.content_types import PACKAGE_TYPES, PartKind
from review_desk.core.document.namespaces import CORE_PROPS, EXTENDED_PROPS, W_NAMESPACES, split_tag
from review_desk.core.errors import ErrorCode, MessageError

from . import wordml_cleanup as wc
from .images import strip_image_metadata
from .package_editor import CONTENT_TYPES, PackageEditor
from .policy import SanitizeOptions

_COMMENT_TYPES = frozenset({"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"})
_COMMENT_NAME_PREFIXES = ("word/comments", "word/people")
_COMMENT_TYPE_SUFFIXES = (".comments+xml", ".commentsextended+xml", ".commentsids+xml",
                          ".commentsextensible+xml", ".people+xml")
_EMBEDDED_FOLDERS = ("/embeddings/", "/activeX/")
_MACRO_NAMES = ("vbaproject.bin", "vbadata.xml")
_EMBEDDED_TYPE_WORDS = ("oleobject", "activex", "vbaproject", "vbadata")
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
#: The macro-free content type of a macro-enabled main part (.docm -> .docx, .dotm -> .dotx).
_PLAIN_MAIN = {
    "application/vnd.ms-word.document.macroEnabled.main+xml": f"{_WML}.document.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": f"{_WML}.template.main+xml",
}
_R_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
DC = "http://purl.org/dc/elements/1.1/"


@dataclass(frozen=True)
class SanitizeAction:
    """One kind of removal: a stable ``code`` (the GUI translates it), a count, English text."""

    code: str
    count: int
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "count": self.count, "message": self.message}


def _drop_references(root: etree._Element, ids: set[str]) -> None:
    """Remove the elements of a part that point at one of relationship ``ids`` (``r:id`` …)."""
    for el in list(root.iter(tag=etree.Element)):
        if any(split_tag(k)[0] in _R_NAMESPACES and v in ids for k, v in el.attrib.items()):
            if el.getparent() is not None:
                wc._detach(el)


def remove_with_references(editor: PackageEditor, names: list[str]) -> list[str]:
    """Remove parts ``names``, their relationships and the elements pointing at them; returns the
    names removed (less relationship parts)."""
    wanted = set(names)
    references: dict[str, set[str]] = {}
    for rels in editor.rels_parts():
        source = editor.source_of(rels)
        for el, _kind, target, external in editor.targets(source):
            if not external and target in wanted:
                references.setdefault(source, set()).add(el.get("Id", ""))
    for source, ids in references.items():
        if editor.has(source) and editor.is_xml(source) and source not in wanted:
            _drop_references(editor.tree(source), ids)
    removed = []
    for name in names:
        if editor.has(name):
            editor.remove(name)
            if not name.endswith(".rels"):
                removed.append(name)
    return removed


def _listed(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(ascii(n)[1:-1] for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def enforce_allowlist(editor: PackageEditor) -> list[SanitizeAction]:
    """Keep only what a publishable copy may contain (always applied, sanitizer on or off).

    Zip entries whose names are not part names (``../x``, ``/word/x``) were never taken into the
    package; parts without a declared content type and parts of a type outside the allowlist of
    :mod:`review_desk.core.document.content_types` are removed with the relationships and the
    elements that point at them.  Nothing is copied unread.
    """
    actions = []
    unsafe = list(editor.package.unsafe)
    if unsafe:
        actions.append(SanitizeAction("unsafe_entries", len(unsafe),
                                      f"Left out {len(unsafe)} zip entr(ies) whose names are not valid part "
                                      f"names: {_listed(unsafe)}."))
    for kind, code, why in ((PartKind.UNDECLARED, "undeclared_parts", "without a declared content type"),
                            (PartKind.UNKNOWN, "unknown_parts", "of a content type a Word document does not use")):
        names = [n for n in editor.names if n != CONTENT_TYPES and editor.kind(n) is kind]
        removed = remove_with_references(editor, names)
        if removed:
            actions.append(SanitizeAction(code, len(removed), f"Removed {len(removed)} part(s) {why}, unread: "
                                          f"{_listed(removed)}."))
    return actions


class SanitizeRefused(MessageError):
    """The policy refuses what the document contains (embedded objects, macros)."""

    error_code = ErrorCode.SANITIZE_REFUSED


class Sanitizer:
    def __init__(self, editor: PackageEditor, options: SanitizeOptions, main_part: str) -> None:
        self.editor = editor
        self.options = options
        self.main = main_part
        self.actions: list[SanitizeAction] = []

    def note(self, code: str, count: int, message: str) -> None:
        if count:
            self.actions.append(SanitizeAction(code, count, message))

    # -- helpers ------------------------------------------------------------------------------

    def word_parts(self) -> list[tuple[str, etree._Element, str]]:
        """Every part declared as XML whose root is WordprocessingML, whatever its name."""
        out = []
        for name in self.editor.names:
            if name != CONTENT_TYPES and self.editor.is_xml(name) and not name.endswith(".rels"):
                root = self.editor.tree(name)
                ns = split_tag(root.tag)[0]
                if ns in W_NAMESPACES:
                    out.append((name, root, ns))
                    # Strict and Transitional elements mixed in one part: clean up both.
                    other = next(iter(W_NAMESPACES - {ns}))
                    if any(True for _ in root.iter(f"{{{other}}}*")):
                        out.append((name, root, other))
        return out

    def _typed(self, name: str, suffixes: tuple[str, ...]) -> bool:
        """Whether ``name``'s declared content type ends with one of ``suffixes``."""
        return self.editor.content_type(name).endswith(suffixes)

    def _is_settings(self, name: str) -> bool:
        if "glossary" in name:
            return False
        return self._typed(name, (".settings+xml",)) or posixpath.basename(name) == "settings.xml"

    def _remove_parts(self, names: list[str]) -> list[str]:
        """Remove ``names``; returns those removed, less relationship parts (counted with their owner,
        whichever of the two comes first in the zip)."""
        removed = []
        for name in names:
            if self.editor.has(name):
                self.editor.remove(name)
                if not name.endswith(".rels"):
                    removed.append(name)
        return removed

    # -- steps --------------------------------------------------------------------------------

    def comments(self, parts: list[tuple[str, etree._Element, str]]) -> None:
        targets = [t for _el, kind, t, ext in self.editor.targets(self.main) if not ext and kind in _COMMENT_TYPES]
        targets += [n for n in self.editor.names if n.startswith(_COMMENT_NAME_PREFIXES) and n.endswith(".xml")]
        targets += [n for n in self.editor.names if self._typed(n, _COMMENT_TYPE_SUFFIXES)]
        comment_count = 0
        for name in sorted(set(targets)):
            if self.editor.has(name) and self.editor.is_xml(name):
                root = self.editor.tree(name)
                if split_tag(root.tag)[1] == "comments":
                    comment_count += sum(1 for el in root if isinstance(el.tag, str) and split_tag(el.tag)[1] == "comment")
        anchors = sum(wc.remove_comment_markup(root, w) for _n, root, w in parts if _n not in targets)
        removed = self._remove_parts(sorted(set(targets)))
        self.note("comments", max(comment_count, anchors) if removed or anchors else 0,
                  f"Removed {max(comment_count, anchors)} comment(s) and the parts {', '.join(removed) or 'none'}.")

    def revisions(self, parts: list[tuple[str, etree._Element, str]]) -> None:
        ins = dels = other = 0
        for _name, root, w in parts:
            i, d, o = wc.accept_revisions(root, w)
            ins, dels, other = ins + i, dels + d, other + o
        tracking = sum(wc.remove_children(root, w, "trackRevisions") for n, root, w in parts if self._is_settings(n))
        notes = self._unreferenced_notes(parts)
        self.note("tracked_changes", ins + dels + other + notes,
                  f"Accepted tracked changes: {ins} insertion(s) kept, {dels} deletion(s) dropped, "
                  f"{other} other revision mark(s) removed, {notes} note(s) left without a reference removed.")
        self.note("track_revisions_off", tracking, "Turned off change tracking.")

    @staticmethod
    def _unreferenced_notes(parts: list[tuple[str, etree._Element, str]]) -> int:
        """Remove the footnotes / endnotes whose reference was in deleted text."""
        removed = 0
        for kind in ("footnote", "endnote"):
            referenced = {ref.get(f"{{{w}}}id") for _n, root, w in parts
                          for ref in root.iter(f"{{{w}}}{kind}Reference")}
            removed += sum(wc.remove_unreferenced_notes(root, w, kind, referenced)
                           for _n, root, w in parts if split_tag(root.tag)[1] == f"{kind}s")
        return removed

    def hidden_text(self, parts: list[tuple[str, etree._Element, str]]) -> None:
        styles = None
        for name, root, w in parts:
            if self._typed(name, (".styles+xml",)) or (posixpath.basename(name) == "styles.xml" and "glossary" not in name):
                styles = wc.hidden_character_styles(root, w)
        count = sum(wc.remove_hidden_runs(root, w, styles or frozenset()) for _n, root, w in parts)
        self.note("hidden_text", count, f"Removed {count} run(s) of hidden text.")

    def custom_xml(self, parts: list[tuple[str, etree._Element, str]]) -> None:
        removed = self._remove_parts([n for n in self.editor.names if n.startswith("customXml/")])
        markup = sum(wc.remove_custom_xml_markup(root, w) for _n, root, w in parts)
        self.note("custom_xml", len(removed) + markup,
                  f"Removed {len(removed)} customXml part(s) and {markup} custom-XML wrapper(s) or data binding(s).")

    def package_parts(self, kind: str, fallback_prefix: str) -> list[str]:
        names = [t for _el, k, t, ext in self.editor.targets("") if not ext and k == kind]
        names += [n for n in self.editor.names if n.startswith(fallback_prefix)]
        return sorted(set(names))

    def settings(self, parts: list[tuple[str, etree._Element, str]]) -> None:
        for name, root, w in parts:
            if not self._is_settings(name):
                continue
            if self.options.document_variables:
                n = wc.remove_children(root, w, "docVars")
                self.note("document_variables", n, "Removed the document variables.")
            if self.options.attached_template:
                template = root.find(f"{{{w}}}attachedTemplate")
                if template is not None:
                    rel_id = next((v for k, v in template.attrib.items() if split_tag(k)[1] == "id"), None)
                    root.remove(template)
                    if rel_id:
                        self.editor.remove_relationship(name, rel_id)
                    self.note("attached_template", 1, "Removed the attached template's path.")
            if split_tag(root.tag)[0] == w:
                wc.mark_remove_personal_information(root, w)

    def _is_embedded(self, name: str) -> bool:
        content_type = self.editor.content_type(name)
        return (any(f in f"/{name}" for f in _EMBEDDED_FOLDERS) or posixpath.basename(name).lower() in _MACRO_NAMES
                or content_type in PACKAGE_TYPES or any(k in content_type for k in _EMBEDDED_TYPE_WORDS))

    def embedded(self) -> None:
        names = [n for n in self.editor.names if self._is_embedded(n)]
        if not names:
            return
        if self.options.embedded_objects == "refuse":
            raise SanitizeRefused(
                "The document contains embedded objects or macros (" + ", ".join(names) + "), which this "
                "policy refuses: remove them in Word (or use a policy with embedded_objects = \"remove\") "
                "and try again.",
                self.editor.path,
            )
        removed = remove_with_references(self.editor, names)
        if any(posixpath.basename(n).lower() == "vbaproject.bin" for n in removed):
            self._drop_macro_content_type()
        self.note("embedded_objects", len(removed),
                  f"Removed {len(removed)} embedded object(s) or macro part(s): {', '.join(removed)}; "
                  "their pictures in the text stay.")

    def _drop_macro_content_type(self) -> None:
        types = self.editor.tree(CONTENT_TYPES) if self.editor.has(CONTENT_TYPES) else None
        for el in types if types is not None else ():
            plain = _PLAIN_MAIN.get(el.get("ContentType", ""))
            if plain and el.get("PartName", "").lstrip("/") == self.main:
                el.set("ContentType", plain)

    def properties(self) -> None:
        agency = self.options.agency
        changed, where = 0, []
        for name in self.editor.names:
            if name == CONTENT_TYPES or not self.editor.is_xml(name):
                continue
            root = self.editor.tree(name)
            ns, local = split_tag(root.tag)
            before = changed
            if ns == CORE_PROPS and local == "coreProperties":
                for el in list(root):
                    el_local = split_tag(el.tag)[1] if isinstance(el.tag, str) else ""
                    if el_local in ("creator", "lastModifiedBy") and (el.text or "") != agency:
                        el.text = agency
                        changed += 1
                    elif el_local == "lastPrinted":
                        root.remove(el)
                        changed += 1
            elif ns in EXTENDED_PROPS:
                for el in list(root):
                    el_local = split_tag(el.tag)[1] if isinstance(el.tag, str) else ""
                    if el_local in ("Manager", "HyperlinkBase"):
                        root.remove(el)
                        changed += 1
                    elif el_local == "Company" and (el.text or "") != agency:
                        el.text = agency
                        changed += 1
            if changed > before:
                where.append(name)
        self.note("document_properties", changed,  # one action for core.xml and app.xml together
                  f"Set author, last-modified-by and company to {agency!r} and removed personal "
                  f"properties in {', '.join(where)}.")

    def images(self) -> None:
        stripped = 0
        for name in self.editor.names:
            if self.editor.is_xml(name):
                continue
            data = self.editor.read(name)
            clean, dropped = strip_image_metadata(name, data)
            if dropped:
                self.editor.set_bytes(name, clean)
                stripped += 1
        self.note("image_metadata", stripped, f"Removed EXIF / XMP / text metadata from {stripped} image(s).")

    # -- all ----------------------------------------------------------------------------------

    def run(self) -> list[SanitizeAction]:
        o = self.options
        self.embedded()
        parts = self.word_parts()
        if o.comments:
            self.comments(parts)
            parts = [p for p in parts if self.editor.has(p[0])]
        if o.tracked_changes:
            self.revisions(parts)
        if o.hidden_text:
            self.hidden_text(parts)
        if o.custom_xml:
            self.custom_xml(parts)
        if o.custom_properties:
            removed = self._remove_parts(self.package_parts("custom-properties", "docProps/custom.xml"))
            self.note("custom_properties", len(removed), "Removed the custom document properties.")
        if o.thumbnails:
            removed = self._remove_parts(self.package_parts("thumbnail", "docProps/thumbnail"))
            self.note("thumbnail", len(removed), "Removed the thumbnail picture of the first page.")
        self.settings(parts)
        if o.rsids:
            count = sum(wc.remove_rsids(root, w) for _n, root, w in parts)
            self.note("rsids", count, f"Removed {count} revision-session id(s).")
        people = [(n, self.editor.tree(n), "") for n in self.editor.names  # w15:people, kept with comments
                  if self.editor.is_xml(n) and (self._typed(n, (".people+xml",)) or n.startswith("word/people"))]
        authors = sum(wc.replace_authors(root, w, o.agency) for _n, root, w in parts + people)
        self.note("authors", authors, f"Replaced {authors} remaining author name(s) with {o.agency!r}.")
        self.properties()
        if o.image_metadata:
            self.images()
        return self.actions
