"""What a treatyscope model file may contain, checked before anything in it is loaded.

A model folder can come from another team, so its ``model.skops`` is read as hostile
until checked. skops refuses the types it does not trust, but it trusts by default every
scikit-learn estimator and many numpy and scipy functions: a ``FunctionTransformer(numpy.sin)``
or any other estimator would load. So the file is checked here first, by reading it as
data, never by building anything from it:

1. the zip archive's central directory (sizes as declared, nothing decompressed): at most
   :data:`MAX_MEMBERS` members, only ``schema.json`` and ``.npy`` arrays, at most
   :data:`MAX_UNPACKED` bytes unpacked in all; then each member is unpacked with its output
   capped at its declared size, and one that would give more (a lying header), less or other
   bytes is refused, so the declared sizes bound what loading can unpack;
2. every node of ``schema.json`` (walked as JSON, every ``__loader__``, ``__module__`` and
   ``__class__``): its kind of node must be one of :data:`ALLOWED_LOADERS`, its type one of
   :data:`ALLOWED_TYPES`, and no function may appear at all (:data:`ALLOWED_FUNCTIONS` is
   empty: a treatyscope model holds none);
3. every array's header (the first bytes of its member): a plain numeric, boolean or
   string dtype, and a declared shape whose bytes fit in the member and in
   :data:`MAX_ARRAY_BYTES`, so no array is allocated bigger than the data it holds.

After loading (the objects are inert until used), :func:`check_estimators` checks the
parameters a crafted file could abuse when the model runs: the vectorizers' regular
expression (``token_pattern``, fixed to the two values treatyscope uses), their analyzer,
input, preprocessing and n-gram range, vocabulary sizes, and parallelism (``n_jobs``).
"""

from __future__ import annotations

import io
import json
import math
import struct
import zipfile
import zlib
from typing import Any, Callable

# Every type a treatyscope model file may contain (module.class, as skops records it).
ALLOWED_TYPES = frozenset({
    # treatyscope's own estimators
    "treatyscope.classify.ClauseLabeler",
    "treatyscope.representations.ClauseProjection",
    # the scikit-learn estimators a ClauseLabeler is made of, and their helpers
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.compose._column_transformer._RemainderColsList",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.multiclass._ConstantPredictor",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.utils._bunch.Bunch",
    # arrays and the scalar types that name a vectorizer's dtype
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    # plain data (skops records every JSON value, numbers and flags too, as builtins.str)
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.slice",
    "builtins.object",
    "collections.defaultdict",
})

# Every function a treatyscope model file may contain: none. (skops would load numpy and
# scipy functions by default; a model that names one is refused.)
ALLOWED_FUNCTIONS: frozenset[str] = frozenset()

# The kinds of skops node a model may hold: containers, plain JSON values, types (a dtype),
# objects of the allowed types and numpy arrays. Functions, methods, partials, operators,
# reduce calls, bytes, sparse matrices and random states are not among them, nor references
# to a node already read (``CachedNode``): treatyscope's models hold none, and references
# would let a small schema stand for a big object (an object array of rows that are all
# the same long list).
ALLOWED_LOADERS = frozenset({
    "DictNode", "ListNode", "TupleNode", "SliceNode", "JsonNode", "TypeNode", "ObjectNode", "NdArrayNode",
    "DefaultDictNode", "BunchNode", "DTypeNode",
})
_FUNCTION_LOADERS = frozenset({"FunctionNode", "PartialNode", "MethodNode", "OperatorFuncNode"})

# Bounds. The shipped classifier is 3.7 MB packed, 54.5 MB unpacked (51 MB of it the JSON
# schema holding the vocabularies), and takes about 380 MB to load.
MAX_UNPACKED = 160 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_ARRAY_BYTES = 64 * 1024 * 1024
MAX_STRING_ITEM = 4096  # characters per item of a string array
MAX_NGRAM = 8  # the longest n-gram a vectorizer may make (the shipped model: 5, char_wb)
MAX_VOCABULARY = 100_000  # terms per vectorizer (the shipped model: at most 8,000)
# The regular expressions a vectorizer may use to find tokens: the one treatyscope sets and
# scikit-learn's default (kept by the character-n-gram vectorizer, which does not use it).
ALLOWED_TOKEN_PATTERNS = frozenset({r"\S+", r"(?u)\b\w\w+\b"})
_ARRAY_KINDS = frozenset("biufU")


class ModelTrustError(ValueError):
    """A model file outside what a treatyscope model may contain (one line, the reason)."""


def check_archive(data: bytes, *, max_unpacked: int = MAX_UNPACKED, allowed_suffixes=(".npy",),
                  required: tuple[str, ...] = ("schema.json",)) -> dict[str, bytes]:
    """Check a zip archive given as bytes: first from its central directory alone (member
    count, names, declared unpacked sizes), then each member unpacked with its output
    bounded by its declared size (:func:`_unpack`), and every ``.npy`` member's header.
    Returns the bytes of the ``required`` members; raises :class:`ModelTrustError`."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ModelTrustError(f"not a zip archive ({type(exc).__name__})") from None
    if len(infos) > MAX_MEMBERS:
        raise ModelTrustError(f"{len(infos):,} members (at most {MAX_MEMBERS:,})")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > max_unpacked:
        raise ModelTrustError(f"would unpack to {unpacked:,} bytes (at most {max_unpacked:,})")
    names = {i.filename for i in infos}
    for name in required:
        if name not in names:
            raise ModelTrustError(f"no {name}")
    for info in infos:
        if info.filename not in required and not info.filename.endswith(tuple(allowed_suffixes)):
            raise ModelTrustError(f"unexpected member {info.filename[:80]!r}")
    found: dict[str, bytes] = {}
    for info in infos:
        content = _unpack(data, info)
        if info.filename in required:
            found[info.filename] = content
        elif info.filename.endswith(".npy"):
            _check_npy_header(info.filename, content)
    return found


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


def _unpack(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """One member's bytes, never more than its declared size: the compressed bytes are read
    where the zip reader reads them and inflated with the output capped, and a member that
    would give more than it declares, less, or other bytes (its CRC) is refused. So the zip
    reader, which inflates a member's whole compressed data in one call before cutting it
    to the declared size, is never given a member that lies about its size."""
    start = info.header_offset
    header = data[start:start + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise ModelTrustError(f"{info.filename[:80]}: damaged member")
    fields = _LOCAL_HEADER.unpack(header)
    begin = start + _LOCAL_HEADER.size + fields[10] + fields[11]
    raw = data[begin:begin + info.compress_size]
    if info.flag_bits & 0x1 or len(raw) != info.compress_size:
        raise ModelTrustError(f"{info.filename[:80]}: damaged or encrypted member")
    if info.compress_type == zipfile.ZIP_STORED:
        content = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
        try:
            content = inflate.decompress(raw, info.file_size + 1)
        except zlib.error:
            raise ModelTrustError(f"{info.filename[:80]}: damaged member") from None
        if len(content) > info.file_size or inflate.unconsumed_tail:
            raise ModelTrustError(f"{info.filename[:80]}: unpacks to more than the {info.file_size:,} bytes it declares")
    else:
        raise ModelTrustError(f"{info.filename[:80]}: compression method {info.compress_type} not allowed")
    if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
        raise ModelTrustError(f"{info.filename[:80]}: damaged member (size or checksum)")
    return content


def _check_npy_header(name: str, content: bytes) -> None:
    """The dtype and declared shape of one ``.npy`` member."""
    from numpy.lib import format as npformat

    try:
        fp = io.BytesIO(content)
        version = npformat.read_magic(fp)
        if version == (1, 0):
            shape, _, dtype = npformat.read_array_header_1_0(fp)
        elif version == (2, 0):
            shape, _, dtype = npformat.read_array_header_2_0(fp)
        else:
            raise ModelTrustError(f"{name}: array format {version} not allowed")
        stored = len(content) - fp.tell()
    except ModelTrustError:
        raise
    except Exception as exc:  # numpy raises many kinds on a damaged header
        raise ModelTrustError(f"{name}: unreadable array header ({type(exc).__name__})") from None
    if dtype.kind not in _ARRAY_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise ModelTrustError(f"{name}: array of dtype {dtype.str!r} not allowed")
    if dtype.kind == "U" and dtype.itemsize > 4 * MAX_STRING_ITEM:
        raise ModelTrustError(f"{name}: strings of {dtype.itemsize // 4:,} characters (at most "
                              f"{MAX_STRING_ITEM:,})")
    if any(not isinstance(n, int) or n < 0 for n in shape):
        raise ModelTrustError(f"{name}: array shape {shape} not allowed")
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes > MAX_ARRAY_BYTES or nbytes > stored:
        raise ModelTrustError(f"{name}: array of shape {shape} needs {nbytes:,} bytes "
                              f"({stored:,} stored; at most {MAX_ARRAY_BYTES:,})")


def parse_schema(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except RecursionError:
        raise ModelTrustError("schema.json nested too deeply") from None
    except ValueError as exc:
        raise ModelTrustError(f"unreadable schema.json ({type(exc).__name__})") from None


def check_schema(schema: Any, members: set[str]) -> None:
    """Walk every node of a skops schema (iteratively: any depth costs no stack) and refuse
    a kind of node, a type or a function outside the allow-lists, or an array member that
    is not in the archive."""
    functions: set[str] = set()
    types: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        loader = node.get("__loader__")
        if loader == "CachedNode":  # skops loads these (and writes none)
            raise ModelTrustError("contains a reference to an object stored earlier (CachedNode), which is not allowed")
        if isinstance(loader, str) or "__class__" in node or "__module__" in node:
            module, cls = node.get("__module__"), node.get("__class__")
            if not isinstance(loader, str) or not isinstance(module, str) or not isinstance(cls, str):
                raise ModelTrustError("a schema node without its loader, module and class")
            name = f"{module}.{cls}"
            if loader in _FUNCTION_LOADERS:
                if name not in ALLOWED_FUNCTIONS:
                    functions.add(name)
            elif loader not in ALLOWED_LOADERS or name not in ALLOWED_TYPES:
                types.add(name)  # a kind of node not allowed (a reduce call, bytes...) or a type
            if loader == "NdArrayNode" and node.get("type") == "numpy" and node.get("file") not in members:
                raise ModelTrustError("an array stored in no member of the archive")
        stack.extend(node.values())
    found = [f"{what} that are not allowed ({', '.join(sorted(names)[:3])}{', ...' if len(names) > 3 else ''})"
             for what, names in (("functions", functions), ("types", types)) if names]
    if found:
        raise ModelTrustError("contains " + " and ".join(found))


def check_skops_bytes(data: bytes) -> None:
    """Every check that needs no object built: :func:`check_archive`, then
    :func:`check_schema`. Raises :class:`ModelTrustError`."""
    schema = parse_schema(check_archive(data)["schema.json"])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
    check_schema(schema, names)


# -- after loading: the parameters a crafted file could abuse when the model runs --------------

def _one_of(*values) -> Callable[[Any], bool]:
    return lambda v: any(v is x if x is None or isinstance(x, bool) else (type(v) is type(x) and v == x)
                         for x in values)


def _ngram_range(v: Any) -> bool:
    return (isinstance(v, tuple) and len(v) == 2 and all(type(n) is int for n in v)
            and 1 <= v[0] <= v[1] <= MAX_NGRAM)


def _vocabulary(v: Any) -> bool:
    return (isinstance(v, dict) and len(v) <= MAX_VOCABULARY
            and all(type(k) is str and type(i) is int for k, i in v.items()))


def _bool(v: Any) -> bool:
    return isinstance(v, bool)


def _anything(v: Any) -> bool:
    return True


def _float_type(v: Any) -> bool:
    import numpy as np

    return v in (np.float64, np.int64)


# Per vectorizer attribute, what it may be; an attribute not listed is refused. Numbers and
# flags that only weigh the counts are left as they are.
_VECTORIZER_ATTRIBUTES: dict[str, Callable[[Any], bool]] = {
    "input": _one_of("content"),
    "encoding": _one_of("utf-8"),
    "decode_error": _one_of("strict"),
    "strip_accents": _one_of(None),
    "preprocessor": _one_of(None),
    "tokenizer": _one_of(None),
    "analyzer": _one_of("word", "char", "char_wb"),
    "lowercase": _bool,
    "token_pattern": lambda v: v is None or (type(v) is str and v in ALLOWED_TOKEN_PATTERNS),
    "stop_words": _one_of(None),
    "ngram_range": _ngram_range,
    "vocabulary": lambda v: v is None or _vocabulary(v),
    "vocabulary_": _vocabulary,
    "fixed_vocabulary_": _bool,
    "max_df": _anything, "min_df": _anything, "max_features": _anything, "binary": _bool, "dtype": _float_type,
    "norm": _one_of("l1", "l2", None), "use_idf": _bool, "smooth_idf": _bool, "sublinear_tf": _bool,
    "_tfidf": _anything, "_sklearn_version": _anything, "stop_words_": _anything, "_stop_words_id": _anything,
}


def check_estimators(obj: Any) -> None:
    """Check the loaded objects' parameters that could make running the model slow,
    parallel or reach outside its input, and read the projection file a
    :class:`~treatyscope.representations.ClauseProjection` names (with its own checks);
    raises :class:`ModelTrustError` naming the first problem."""
    import numpy as np
    from sklearn.base import BaseEstimator
    from sklearn.feature_extraction.text import CountVectorizer

    from .representations import ClauseProjection

    seen: set[int] = set()
    stack = [obj]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, np.ndarray):
            if item.dtype == object:
                stack.extend(item.ravel().tolist())
        elif isinstance(item, BaseEstimator):
            state = vars(item)
            if isinstance(item, CountVectorizer):
                for key, value in state.items():
                    rule = _VECTORIZER_ATTRIBUTES.get(key)
                    if rule is None or not rule(value):
                        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
                        raise ModelTrustError(f"a {type(item).__name__} with {key}={shown}, which is not allowed")
            if state.get("n_jobs") not in (None, 1):
                raise ModelTrustError(f"a {type(item).__name__} with n_jobs={state.get('n_jobs')!r} (only 1 allowed)")
            if "memory" in state and state["memory"] is not None:
                raise ModelTrustError(f"a {type(item).__name__} with a cache folder (memory), which is not allowed")
            if isinstance(item, ClauseProjection):
                for key in ("source", "sha256"):
                    value = state.get(key)
                    if value is not None and (type(value) is not str or "\x00" in value or len(value) > 4096):
                        raise ModelTrustError(f"a ClauseProjection whose {key} is not a file name")
                try:  # read now (regular file, bounded, its checksum, its arrays), not mid-labelling
                    item.projection()
                except ValueError as exc:
                    raise ModelTrustError(str(exc)) from None
            stack.extend(v for k, v in state.items() if not (isinstance(item, CountVectorizer) and k == "vocabulary_"))
