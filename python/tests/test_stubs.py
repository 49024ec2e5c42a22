"""The typed stubs cover the whole public API."""

import ast
import pathlib

import wasmpy
import wasmpy._native as native

PKG = pathlib.Path(wasmpy.__file__).parent


def stub_names(name):
    tree = ast.parse((PKG / name).read_text())
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)  # a constant: `CACHE_TAG: str`
    return names, tree


def test_native_stub_covers_every_public_native_name():
    names, tree = stub_names("_native.pyi")
    public = {n for n in dir(native) if not n.startswith("_")}
    assert public <= names, public - names
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    for cls_name, node in classes.items():
        if cls_name.startswith("_"):
            continue  # private base class, documented through its subclass
        declared = {m.name for m in node.body if isinstance(m, ast.FunctionDef)}
        declared |= {t.target.id for t in node.body if isinstance(t, ast.AnnAssign)}
        actual = {m for m in dir(getattr(native, cls_name)) if not m.startswith("_")}
        assert actual <= declared, (cls_name, actual - declared)


def test_package_stub_reexports_all():
    names, _ = stub_names("__init__.pyi")
    assert set(wasmpy.__all__) <= names
