"""NodePaths gives exactly lxml's getpath strings; find_node resolves them back."""

from __future__ import annotations

import zipfile

from docx_factory import make_every_place_docx
from lxml import etree

from review_desk.core.document import find_node
from review_desk.core.document.nodepaths import NodePaths, iter_local_paths


def _assert_same_as_getpath(root: etree._Element) -> None:
    tree = root.getroottree()
    paths = NodePaths()
    for el in root.iter(tag=etree.Element):
        assert paths.path(el) == tree.getpath(el)


def test_paths_equal_getpath_for_every_element_of_a_real_package(tmp_path):
    path = make_every_place_docx(tmp_path)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                _assert_same_as_getpath(etree.fromstring(zf.read(name)))


def test_paths_equal_getpath_for_mixed_namespaces():
    xml = (b'<a xmlns="urn:x" xmlns:p="urn:p"><b/><b/><p:c/><c/><d xmlns=""/><d xmlns=""/><!-- c -->'
           b'<e><f/></e><q:b xmlns:q="urn:x"/><p:c/><?pi x?><g xmlns=""><h/></g></a>')
    _assert_same_as_getpath(etree.fromstring(xml))


def test_paths_in_any_request_order():
    root = etree.fromstring(b"<r><a><b/><b><c/></b></a><a/></r>")
    elements = list(root.iter())
    tree = root.getroottree()
    paths = NodePaths()
    for el in reversed(elements):
        assert paths.path(el) == tree.getpath(el)


def test_find_node_resolves_document_prefixes():
    root = etree.fromstring(b'<w:a xmlns:w="urn:w"><w:b/><w:b><x:c xmlns:x="urn:x"/></w:b></w:a>')
    target = root[1][0]
    assert find_node(root, NodePaths().path(target)) is target
    assert find_node(root, "/w:a/w:b[5]") is None


def test_local_paths_number_only_repeated_names():
    root = etree.fromstring(b"<r><a/><b/><b><c/></b></r>")
    assert [loc for _, loc in iter_local_paths(root)] == ["", "a", "b[1]", "b[2]", "b[2]/c"]
