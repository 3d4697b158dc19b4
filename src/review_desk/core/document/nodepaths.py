"""Element paths in linear time: the same strings as ``tree.getpath(el)``, and readable locators.

``lxml``'s ``getpath`` scans all siblings of every ancestor to number an element, so calling it
once per ``w:t`` of a body with N paragraphs costs O(N^2).  :class:`NodePaths` numbers the
children of a parent once and caches the result; its strings are identical to ``getpath``'s
(libxml2's ``xmlGetNodePath`` rules: ``prefix:name[i]`` counted among same-prefix same-name
siblings, ``[i]`` left out for an only child of that name, ``*[i]`` for a default-namespace element
counted among all element siblings).

:func:`find_node` resolves such a path back to the element (the prefixes of a path are the
document's own, so plain ``tree.xpath(path)`` would fail with "Undefined namespace prefix").

:func:`iter_local_paths` walks a small generic part (``app.xml``, ``customXml/item1.xml``, a chart)
and yields readable locators made of local names, e.g. ``TitlesOfParts/vector/lpstr[2]``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lxml import etree

from .namespaces import ascii_locator, split_tag


def _step_key(el: etree._Element) -> tuple[tuple[str, ...] | None, str]:
    """The sibling-counting key and the printed name of an element (``None`` key: generic ``*``)."""
    ns, local = split_tag(el.tag)
    if ns is None:
        return ("n", local), local
    prefix = el.prefix
    if prefix is None:
        return None, "*"
    return ("p", prefix, local), f"{prefix}:{local}"


class NodePaths:
    """Cached ``getpath`` for the elements of one parsed part."""

    def __init__(self) -> None:
        self._paths: dict[etree._Element, str] = {}

    def path(self, el: etree._Element) -> str:
        """``el.getroottree().getpath(el)``, computed in amortised constant time per element."""
        cached = self._paths.get(el)
        if cached is not None:
            return cached
        parent = el.getparent()
        if parent is not None and parent in self._paths:  # the common case: number the siblings once
            self._number_children(parent)
            return self._paths[el]
        # Number the children of every ancestor not yet numbered, top-down (no recursion).
        pending = []
        node = el
        while node is not None and node not in self._paths:
            pending.append(node)
            node = node.getparent()
        for child in reversed(pending):
            if child not in self._paths:
                parent = child.getparent()
                if parent is None:
                    self._paths[child] = "/" + _step_key(child)[1]
                else:
                    self._number_children(parent)
        return self._paths[el]

    def _number_children(self, parent: etree._Element) -> None:
        base = self._paths[parent]
        if len(parent) == 1:
            child = parent[0]
            if isinstance(child.tag, str):
                self._paths[child] = f"{base}/{_step_key(child)[1]}"
            return
        children = [c for c in parent if isinstance(c.tag, str)]
        if len(children) == 1:
            self._paths[children[0]] = f"{base}/{_step_key(children[0])[1]}"
            return
        keys = [_step_key(c) for c in children]
        totals: dict[tuple[str, ...], int] = {}
        for key, _ in keys:
            if key is not None:
                totals[key] = totals.get(key, 0) + 1
        seen: dict[tuple[str, ...], int] = {}
        for position, (child, (key, name)) in enumerate(zip(children, keys), start=1):
            if key is None:
                index, numbered = position, True
            else:
                index = seen[key] = seen.get(key, 0) + 1
                numbered = totals[key] > 1
            self._paths[child] = f"{base}/{name}[{index}]" if numbered else f"{base}/{name}"


def namespaces_of(root: etree._Element) -> dict[str, str]:
    """Every prefix declared anywhere in the tree (first declaration wins), for XPath evaluation."""
    found: dict[str, str] = {}
    for el in root.iter(tag=etree.Element):
        for prefix, uri in el.nsmap.items():
            if prefix and prefix not in found:
                found[prefix] = uri
    return found


def find_node(root: etree._Element, path: str) -> etree._Element | None:
    """The element at ``path`` (a :class:`NodePaths` / ``getpath`` string) in ``root``'s tree."""
    result = root.getroottree().xpath(path, namespaces=namespaces_of(root))
    if isinstance(result, list) and result and isinstance(result[0], etree._Element):
        return result[0]
    return None


def iter_local_paths(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """``(element, locator)`` for every element in document order; locators use local names.

    A step is numbered ``name[i]`` only when its parent has several children of that local name.
    The root's own step is left out (``""`` for the root), so a caller prefixes the part's name.
    """
    stack: list[tuple[etree._Element, str]] = [(root, "")]
    while stack:
        el, loc = stack.pop()
        yield el, loc
        children = [c for c in el if isinstance(c.tag, str)]
        names = [ascii_locator(split_tag(c.tag)[1]) for c in children]
        totals = Counter(names)
        seen: Counter[str] = Counter()
        steps = []
        for child, name in zip(children, names):
            seen[name] += 1
            step = f"{name}[{seen[name]}]" if totals[name] > 1 else name
            steps.append((child, f"{loc}/{step}" if loc else step))
        stack.extend(reversed(steps))
