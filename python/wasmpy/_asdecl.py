"""The declarations ``asc`` writes beside a module, parsed.

``asc --bindings esm`` (or ``raw``; AssemblyScript 0.20 and later) writes
``name.d.ts`` next to ``name.wasm``: TypeScript declarations of the
exports whose doc comments give each one's exact AssemblyScript types::

    /**
     * typed/greet
     * @param name `~lib/string/String`
     * @returns `~lib/string/String`
     */
    export declare function greet(name: string): string;

plus ``declare interface __Record<id><TOmittable> {...}`` for plain classes
lowered by value (fields with ``@type`` doc comments) and ``declare class
__Internref<id> extends Number {...}`` for class references; ``<id>`` is
the class's runtime type id. ``asc --tsdFile`` of AS 0.18–0.19 writes
plain declarations whose types are AS basic types (``i32``, ``usize`` for
every object pointer) and marks optional parameters with ``?``.

Two small grammars, each parsed by recursive descent:

- the TypeScript declaration syntax asc emits (``parse_declarations``):
  ``[export] [declare] function|const|let|interface|class|type|namespace|enum``,
  with doc comments attached to the declaration that follows;
- AssemblyScript type names inside the doc comments (``parse_as_type``)::

      type  := atom ("|" "null")?
      atom  := path ("<" type ("," type)* ">")? "?"?
      path  := a run of "=>" and characters other than "<>,|?()" and
               blanks (``~lib/array/Array``, ``typed/Point``, ``i32``,
               ``%28i32%29=>i32`` in ``~lib/function/Function<%28i32%29=>i32>``)

Errors are ``DeclarationError`` naming the file, line and column.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

__all__ = [
    "ASType",
    "Declarations",
    "DeclarationError",
    "Field",
    "FunctionDecl",
    "GlobalDecl",
    "Param",
    "RecordDecl",
    "RefDecl",
    "parse_as_type",
    "parse_declarations",
]


class DeclarationError(ValueError):
    """A ``.d.ts`` file (or a type in its doc comments) that does not parse;
    the message names the file, line and column."""


# ------------------------------------------------------------ AS type names


@dataclass(frozen=True)
class ASType:
    """An AssemblyScript type as asc names it: ``path`` (``i32``,
    ``~lib/string/String``, ``typed/Point``), type arguments, and whether
    ``| null`` was given."""

    path: str
    args: Tuple["ASType", ...] = ()
    nullable: bool = False

    @property
    def name(self) -> str:
        """The last segment of the path: ``String``, ``Array``, ``Point``."""
        return self.path.rsplit("/", 1)[-1]

    def __str__(self) -> str:
        s = self.path
        if self.args:
            s += "<" + ", ".join(str(a) for a in self.args) + ">"
        return s + (" | null" if self.nullable else "")


_AS_TOKEN = re.compile(r"\s*(?:(=>|[^\s<>,|?()])+|([<>,|?])|(\S))")


def parse_as_type(text: str, where: str = "") -> ASType:
    """The AS type named by ``text`` (a doc comment's backquoted type).
    Raises ``DeclarationError`` (prefixed with ``where``) when it does not
    follow the grammar in the module docstring."""
    tokens: List[str] = []
    pos = 0
    while pos < len(text):
        m = _AS_TOKEN.match(text, pos)
        if m is None:  # only blanks left
            break
        if m.group(3):
            raise DeclarationError(f"{where}unexpected {m.group(3)!r} in the type {text!r}")
        tokens.append(m.group(2) or m.group().strip())
        pos = m.end()
    i = 0

    def peek() -> Optional[str]:
        return tokens[i] if i < len(tokens) else None

    def take(expected: Optional[str] = None) -> str:
        nonlocal i
        tok = peek()
        if tok is None or (expected is not None and tok != expected):
            want = repr(expected) if expected else "a type"
            raise DeclarationError(f"{where}expected {want} in the type {text!r}")
        i += 1
        return tok

    def type_() -> ASType:
        t = atom()
        if peek() == "|":
            take("|")
            take("null")
            t = ASType(t.path, t.args, True)
        return t

    def atom() -> ASType:
        path = take()
        if path in "<>,|?":
            raise DeclarationError(f"{where}expected a type name in {text!r}, found {path!r}")
        args: List[ASType] = []
        if peek() == "<":
            take("<")
            args.append(type_())
            while peek() == ",":
                take(",")
                args.append(type_())
            take(">")
        if peek() == "?":  # an optional parameter, as the glue's comments write it
            take("?")
        return ASType(path, tuple(args))

    t = type_()
    if peek() is not None:
        raise DeclarationError(f"{where}unexpected {peek()!r} after the type {text!r}")
    return t


def _as_type_or_raw(text: str, where: str) -> ASType:
    """``parse_as_type(text)``, or, for a type outside the grammar, an
    ``ASType`` whose path is the whole text: no conversion knows it, so the
    export it belongs to stays raw (with a warning) while the rest of the
    file is used; a class reference of that exact name still matches."""
    try:
        return parse_as_type(text, where)
    except DeclarationError:
        return ASType(text.strip())


# ----------------------------------------------------------- declarations


@dataclass
class Param:
    """A parameter: its name, AS type (None when the declaration does not
    give one), and whether it may be omitted."""

    name: str
    type: Optional[ASType]
    optional: bool = False


@dataclass
class FunctionDecl:
    """An exported function; ``result`` is None for ``void``."""

    name: str
    params: List[Param]
    result: Optional[ASType]
    internal_name: str = ""


@dataclass
class GlobalDecl:
    """An exported global (``const``/``let``)."""

    name: str
    type: Optional[ASType]
    mutable: bool


@dataclass
class Field:
    """A field of a record."""

    name: str
    type: ASType


@dataclass
class RecordDecl:
    """A plain class lowered by value (``__Record<id>``)."""

    name: str
    type_id: int
    fields: List[Field]


@dataclass
class RefDecl:
    """A class crossing by reference (``__Internref<id>``)."""

    name: str
    type_id: int


@dataclass
class Declarations:
    """What a ``.d.ts`` declares: functions and globals by export name,
    records and references by their AS name (``typed/Point``), and whether
    the types come from doc comments (asc >= 0.20 ``--bindings``) or from
    the plain declarations (``--tsdFile`` of AS 0.18–0.19)."""

    functions: Dict[str, FunctionDecl] = field(default_factory=dict)
    globals: Dict[str, GlobalDecl] = field(default_factory=dict)
    records: Dict[str, RecordDecl] = field(default_factory=dict)
    refs: Dict[str, RefDecl] = field(default_factory=dict)
    from_bindings: bool = False


_TS_TOKEN = re.compile(
    r"(?P<ws>\s+)|(?P<doc>/\*\*.*?\*/)|(?P<comment>/\*.*?\*/|//[^\n]*)"
    r"|(?P<id>[A-Za-z_$][\w$]*)|(?P<num>\d[\w.]*)|(?P<str>\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*')"
    r"|(?P<arrow>=>)|(?P<punct>[(){}\[\]<>,:;?|&=.*])",
    re.S,
)


@dataclass
class _Tok:
    kind: str  # id, num, str, punct, doc, eof
    text: str
    offset: int
    doc: Optional[str] = None  # the doc comment right before this token


@dataclass
class _TSType:
    """A TypeScript type, kept only as far as the wrappers need it: the
    names in it (``__Record9``), whether it admits ``null``."""

    names: List[str]
    nullable: bool
    text: str


class _Parser:
    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self.tokens = list(self._lex())
        self.i = 0
        self.decls = Declarations()

    # -- lexing
    def _lex(self) -> Iterator[_Tok]:
        pos = 0
        doc: Optional[str] = None
        while pos < len(self.source):
            m = _TS_TOKEN.match(self.source, pos)
            if m is None:
                raise self.error(f"unexpected character {self.source[pos]!r}", pos)
            kind = m.lastgroup or ""
            pos = m.end()
            if kind in ("ws", "comment"):
                continue
            if kind == "doc":
                doc = m.group()
                continue
            if kind == "arrow":
                kind = "punct"
            yield _Tok(kind, m.group(), m.start(), doc)
            doc = None
        yield _Tok("eof", "", len(self.source), doc)

    def error(self, message: str, offset: Optional[int] = None) -> DeclarationError:
        if offset is None:
            offset = self.tokens[self.i].offset if self.i < len(self.tokens) else len(self.source)
        line = self.source.count("\n", 0, offset) + 1
        col = offset - (self.source.rfind("\n", 0, offset) + 1) + 1
        return DeclarationError(f"{self.filename}:{line}:{col}: {message}")

    # -- token helpers
    def peek(self, k: int = 0) -> _Tok:
        return self.tokens[min(self.i + k, len(self.tokens) - 1)]

    def at(self, text: str) -> bool:
        tok = self.peek()
        return tok.text == text and tok.kind in ("id", "punct")

    def take(self, text: Optional[str] = None, kind: Optional[str] = None) -> _Tok:
        tok = self.peek()
        if (text is not None and (tok.text != text or tok.kind == "str")) or (
            kind is not None and tok.kind != kind
        ):
            want = repr(text) if text is not None else f"a {'name' if kind == 'id' else kind}"
            raise self.error(f"expected {want}, found {tok.text or 'the end'!r}")
        self.i += 1
        return tok

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.i += 1
            return True
        return False

    # -- statements
    def parse(self) -> Declarations:
        while self.peek().kind != "eof":
            self.statement()
        return self.decls

    def statement(self) -> None:
        doc = self.peek().doc
        self.accept("export")
        self.accept("declare")
        tok = self.peek()
        if self.accept("function"):
            self.function(doc)
        elif tok.text in ("const", "let", "var") and tok.kind == "id":
            self.i += 1
            self.variable(doc, mutable=tok.text != "const")
        elif self.accept("interface"):
            self.interface(doc)
        elif self.accept("class"):
            self.class_(doc)
        elif self.accept("namespace") or self.accept("module"):
            self.take(kind="id")
            self.take("{")
            while not self.at("}"):
                if self.peek().kind == "eof":
                    raise self.error("unterminated namespace")
                self.statement()
            self.take("}")
        elif self.accept("type"):
            self.take(kind="id")
            self.type_params()
            self.take("=")
            self.type_()
            self.accept(";")
        elif self.accept("enum"):
            self.take(kind="id")
            self.members_block()
        else:
            raise self.error(f"expected a declaration, found {tok.text or 'the end'!r}")

    def function(self, doc: Optional[str]) -> None:
        name = self.take(kind="id").text
        self.type_params()
        params = self.params()
        self.take(":")
        ts_result = self.type_()
        self.accept(";")
        info = self.doc_info(doc)
        result: Optional[ASType]
        if "returns" in info:
            result = info["returns"]
        elif self.decls.from_bindings or info:
            result = None  # a documented function without @returns is void
        else:
            result = self.basic_type(ts_result)
        decl_params = []
        for pname, optional, ts in params:
            t = info.get("param " + pname) if info else self.basic_type(ts)
            decl_params.append(Param(pname, t, optional))
        self.decls.functions[name] = FunctionDecl(name, decl_params, result, str(info.get("path", "")))

    def variable(self, doc: Optional[str], mutable: bool) -> None:
        name = self.take(kind="id").text
        self.take(":")
        if self.at("{"):  # the glue's { get value(): T; set value(v: T) } shape
            start = self.i
            members = self.members_block()
            setter = any(t.text == "set" for t in self.tokens[start : self.i])
            ty = next((t for t in members.values() if t is not None), None)
            self.decls.globals[name] = GlobalDecl(name, ty, setter)
        else:
            ts = self.type_()
            self.decls.globals[name] = GlobalDecl(name, self.basic_type(ts), mutable)
        self.accept(";")

    def interface(self, doc: Optional[str]) -> None:
        name = self.take(kind="id").text
        self.type_params()
        while self.accept("extends"):
            self.type_()
            self.accept(",")
        members = self.members_block()
        m = re.fullmatch(r"__Record(\d+)", name)
        if m:
            as_name = str(self.doc_info(doc).get("path") or name)
            fields = [Field(n, t) for n, t in members.items() if t is not None]
            if len(fields) != len(members):
                missing = [n for n, t in members.items() if t is None]
                raise self.error(f"record {as_name}: no @type for the fields {missing}")
            self.decls.records[as_name] = RecordDecl(as_name, int(m.group(1)), fields)

    def class_(self, doc: Optional[str]) -> None:
        name = self.take(kind="id").text
        self.type_params()
        if self.accept("extends"):
            self.type_()
        while self.accept("implements"):
            self.type_()
            self.accept(",")
        self.members_block()
        m = re.fullmatch(r"__Internref(\d+)", name)
        if m:
            as_name = str(self.doc_info(doc).get("path") or name)
            self.decls.refs[as_name] = RefDecl(as_name, int(m.group(1)))

    def members_block(self) -> Dict[str, Optional[ASType]]:
        """``{ member* }`` of an interface, class, object type or enum:
        ``{name: the @type of its doc comment or None}``."""
        self.take("{")
        members: Dict[str, Optional[ASType]] = {}
        while not self.accept("}"):
            if self.peek().kind == "eof":
                raise self.error("unterminated '{'")
            doc = self.peek().doc
            while self.peek().text in ("private", "public", "protected", "readonly", "static") and (
                self.peek(1).kind in ("id", "str")
            ):
                self.i += 1
            if self.peek().text in ("get", "set") and self.peek(1).kind == "id":
                self.i += 1
            tok = self.peek()
            if tok.kind not in ("id", "str", "num"):
                raise self.error(f"expected a member name, found {tok.text!r}")
            self.i += 1
            self.accept("?")
            if self.at("(") or self.at("<"):
                self.type_params()
                self.params()
            if self.accept(":"):
                self.type_()
            elif self.accept("="):  # enum member
                while not (self.at(",") or self.at("}") or self.peek().kind == "eof"):
                    self.i += 1
            key = tok.text.strip("\"'")
            members[key] = self.doc_info(doc).get("type") or members.get(key)
            if not self.accept(";"):
                self.accept(",")
        return members

    def type_params(self) -> None:
        if self.accept("<"):
            depth = 1
            while depth:
                tok = self.take()
                if tok.kind == "eof":
                    raise self.error("unterminated '<'")
                depth += {"<": 1, ">": -1}.get(tok.text, 0) if tok.kind == "punct" else 0

    def params(self) -> List[Tuple[str, bool, _TSType]]:
        self.take("(")
        out: List[Tuple[str, bool, _TSType]] = []
        while not self.accept(")"):
            name = self.take(kind="id").text
            optional = self.accept("?")
            ts = self.type_() if self.accept(":") else _TSType([], False, "any")
            out.append((name, optional, ts))
            if not self.accept(","):
                self.take(")")
                break
        return out

    # -- TypeScript types
    def type_(self) -> _TSType:
        start = self.peek().offset
        names: List[str] = []
        nullable = False
        self.accept("|")
        while True:
            n, null = self.postfix_type()
            names += n
            nullable = nullable or null
            if not (self.accept("|") or self.accept("&")):
                break
        end = self.tokens[self.i - 1]
        return _TSType(names, nullable, self.source[start : end.offset + len(end.text)])

    def postfix_type(self) -> Tuple[List[str], bool]:
        names, null = self.primary_type()
        while self.at("[") and self.peek(1).text == "]":
            self.i += 2
        return names, null

    def primary_type(self) -> Tuple[List[str], bool]:
        tok = self.peek()
        if tok.kind == "id":
            self.i += 1
            if tok.text == "typeof":
                return self.primary_type()
            name = tok.text
            while self.accept("."):
                name += "." + self.take(kind="id").text
            names = [name]
            if self.accept("<"):
                names += self.type_().names
                while self.accept(","):
                    names += self.type_().names
                self.take(">")
            return names, name == "null"
        if tok.kind in ("str", "num"):
            self.i += 1
            return [], False
        if self.at("{"):
            self.members_block()
            return [], False
        if self.at("("):
            # a function type "(a: T) => R" or a parenthesized type
            nxt, after = self.peek(1), self.peek(2)
            if nxt.text == ")" or (nxt.kind == "id" and after.text in (":", "?", ",")):
                self.params()
                self.take("=>")
                self.type_()
                return ["Function"], False
            self.take("(")
            inner = self.type_()
            self.take(")")
            return inner.names, inner.nullable
        raise self.error(f"expected a type, found {tok.text or 'the end'!r}")

    # -- doc comments
    def doc_info(self, doc: Optional[str]) -> Dict[str, ASType]:
        """``{"path": ..., "param <name>": type, "returns": type, "type":
        type}`` from an asc doc comment (empty when there is none); the
        first comment seen marks the file as asc >= 0.20 bindings."""
        out: Dict[str, ASType] = {}
        if not doc:
            return out
        body = doc[3:-2]
        offset = self.source.find(doc)
        for raw in body.split("\n"):
            line = raw.strip().lstrip("*").strip()
            if not line:
                continue
            where = f"{self.error('', offset).args[0]}"
            m = re.fullmatch(r"@param\s+([\w$]+)\s+`([^`]*)`", line)
            if m:
                out["param " + m.group(1)] = _as_type_or_raw(m.group(2), where)
                continue
            m = re.fullmatch(r"@(returns|type)\s+`([^`]*)`", line)
            if m:
                out[m.group(1)] = _as_type_or_raw(m.group(2), where)
                continue
            if not line.startswith("@") and "path" not in out and " " not in line:
                out["path"] = ASType(line)
        if any(k != "path" for k in out):
            self.decls.from_bindings = True
        if "path" in out:
            path = out.pop("path")
            return {"path": path.path, **out}  # type: ignore[dict-item]
        return out

    def basic_type(self, ts: _TSType) -> Optional[ASType]:
        """The AS type of a ``--tsdFile`` declaration: its types are AS
        basic types (``i32``, ``usize``, ``bool``...); None otherwise."""
        if len(ts.names) == 1 and ts.names[0] in _BASIC:
            return ASType(ts.names[0])
        if ts.text == "void":
            return None
        return None


#: AssemblyScript's basic value types (``std/assembly/index.d.ts``).
_BASIC = {
    "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize",
    "f32", "f64", "bool", "v128", "void",
}  # fmt: skip


def parse_declarations(source: str, filename: str = "<d.ts>") -> Declarations:
    """The exports ``source`` (the text of an asc ``.d.ts``) declares.
    Raises ``DeclarationError`` naming ``filename``, line and column."""
    return _Parser(source, filename).parse()
