"""The one cattrs converter: strict JSON structuring and compact unstructuring.

Two instances are made by the same function: a fast one without detailed validation
for the common case of valid input, and a detailed one, used only after the fast one
fails, whose errors carry the JSON path of every problem.  cattrs is imported here and
nowhere else, so that ``import vndiplo`` stays cheap.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import cattrs

from vndiplo._dates import PartialDate
from vndiplo._errors import Problem
from vndiplo._vocab import Format, QuoteKind, Series, Theme, Title, _Labelled

__all__ = ["Invalid", "problems_of", "structure", "unstructure"]

T = typing.TypeVar("T")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAMES = {str: "a string", int: "an integer", bool: "true or false"}


class Invalid(ValueError):
    """A value of the wrong type or outside the vocabulary; its message is shown as is."""


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "list", str: "string", bool: "bool"}.get(
        type(value), type(value).__name__
    )


def _strict(kind: type[T]) -> Callable[[object, object], T]:
    def structure(value: object, _: object) -> T:
        if type(value) is not kind:
            raise Invalid(f"expected {_NAMES[kind]}, got {_json_type(value)}")
        return value

    return structure


def _date(value: object, _: object) -> dt.date:
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        raise Invalid(f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"no such date: {value!r}") from None


def _partial_date(value: object, _: object) -> PartialDate:
    if type(value) is not str:
        raise Invalid(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise Invalid(str(exc)) from None


def _vocabulary_hook(kind: type[_Labelled]) -> Callable[[object, object], _Labelled]:
    choices = {member.value: member for member in kind}
    noun = {"Series": "series", "Title": "title", "Theme": "theme"}.get(
        kind.__name__, kind.__name__.lower()
    )

    def structure(value: object, _: object) -> _Labelled:
        member = choices.get(value) if type(value) is str else None
        if member is None:
            raise Invalid(f"unknown {noun} id {value!r}; expected one of {', '.join(choices)}")
        return member

    return structure


def _is_optional(kind: object) -> bool:
    args = typing.get_args(kind)
    return (
        typing.get_origin(kind) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _is_homogeneous_tuple(kind: object) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


class _Rejected(Exception):
    """The fast pass met input it does not take; the detailed pass will say why."""


def _reject() -> typing.NoReturn:
    raise _Rejected


def _is_vocabulary(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, _Labelled)


def _optional_of(kind: object) -> object | None:
    """``X`` for ``X | None``, else ``None``."""
    if not _is_optional(kind):
        return None
    inner: object = next(a for a in typing.get_args(kind) if a is not type(None))
    return inner


def _lean_record_hook(converter: cattrs.Converter, kind: type) -> Callable[[Any, Any], Any]:
    """The fast pass's structuring function for an attrs record class.

    cattrs' generated function calls a hook for every field, collects optional fields
    into a dict, builds a set to look for unknown keys and then calls the class.  This
    one, generated the same way, checks ``str``, ``int``, ``bool`` and vocabulary fields
    inline (the same exact-type tests as the strict hooks) and asks the converter for
    every other field's hook.  It counts the keys it used instead of comparing key sets,
    and fills the record's slots directly: for a frozen, slotted class without
    validators, converters or ``__attrs_post_init__`` that is what ``__init__`` does,
    less its per-field name lookups.  It raises without a message: the detailed
    converter then runs on the same input to find and name each problem.
    """
    import attrs

    attrs.resolve_types(kind)
    fields = attrs.fields(kind)
    slots = [getattr(kind, a.name, None) for a in fields]
    if any(
        not a.init
        or a.converter is not None
        or a.validator is not None
        or isinstance(a.default, attrs.Factory)  # type: ignore[arg-type]
        or a.alias != a.name
        or a.kw_only
        for a in fields
    ) or (
        hasattr(kind, "__attrs_pre_init__")
        or hasattr(kind, "__attrs_post_init__")
        or not all(isinstance(slot, types.MemberDescriptorType) for slot in slots)
    ):
        return cattrs.gen.make_dict_structure_fn(kind, converter)
    names: dict[str, object] = {"_cls": kind, "_new": object.__new__, "_reject": _reject}
    lines = [
        f"def structure_{kind.__name__}(o, _):",
        "    if o.__class__ is not dict: _reject()",
        "    r = _new(_cls)",
    ]
    count = [str(sum(a.default is attrs.NOTHING for a in fields))]
    for i, (a, slot) in enumerate(zip(fields, slots, strict=True)):
        # One short line a field: compiling the source is most of what a hook costs
        # on the way to a first query, and it grows with the source.
        names[f"_s{i}"] = slot.__set__  # type: ignore[union-attr]
        key = repr(a.name)
        inner = _optional_of(a.type)
        if a.type in (str, int, bool):
            value = f"v if (v := o[{key}]).__class__ is {a.type.__name__} else _reject()"
        elif inner in (str, int, bool):
            value = (
                f"v if (v := o[{key}]) is None or v.__class__ is {inner.__name__} else _reject()"
            )
        elif _is_vocabulary(a.type):
            # A vocabulary id: the member for a known id string, else a rejection.
            names[f"_m{i}"] = {m.value: m for m in a.type}
            value = (
                f"m if (v := o[{key}]).__class__ is str "
                f"and (m := _m{i}.get(v)) is not None else _reject()"
            )
        elif _is_homogeneous_tuple(a.type) and _is_vocabulary(typing.get_args(a.type)[0]):
            # A list of vocabulary ids, looked up in one pass: an unknown id (KeyError) or
            # an unhashable item (TypeError) fails the fast pass like any rejection.
            item = typing.get_args(a.type)[0]
            names[f"_g{i}"] = {m.value: m for m in item}.__getitem__
            value = f"tuple(map(_g{i}, v)) if (v := o[{key}]).__class__ is list else _reject()"
        else:
            names[f"_h{i}"] = converter.get_structure_hook(a.type)
            names[f"_t{i}"] = a.type
            value = f"_h{i}(o[{key}], _t{i})"
        if a.default is not attrs.NOTHING:
            names[f"_d{i}"] = a.default
            value = f"({value}) if {key} in o else _d{i}"
            count.append(f"({key} in o)")
        lines.append(f"    _s{i}(r, {value})")
    # Every key used was counted: any other key makes the count differ.
    lines += [f"    if len(o) != {' + '.join(count)}: _reject()", "    return r", ""]
    source = "\n".join(lines)
    exec(compile(source, f"<vndiplo fast structure {kind.__qualname__}>", "exec"), names)
    return names[f"structure_{kind.__name__}"]  # type: ignore[return-value]


def _make(detailed: bool) -> cattrs.Converter:
    # A plain Converter: every type a record holds gets its hook below, so the JSON
    # preset's hooks (bytes, datetimes, sets) would only cost their imports.
    converter = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    # Class hooks match subclasses too: bool is an int and the vocabulary's enums are
    # strings, so each gets its own, more specific hook.
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    for vocabulary in (Series, Title, Theme, QuoteKind, Format):
        converter.register_structure_hook(vocabulary, _vocabulary_hook(vocabulary))
    converter.register_structure_hook(dt.date, _date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(PartialDate, _partial_date)
    converter.register_unstructure_hook(PartialDate, str)
    converter.register_unstructure_hook_func(
        _is_vocabulary,
        lambda member: member.value,
    )

    def tuple_hook(kind: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_type = typing.get_args(kind)[0]
        if detailed:
            # cattrs' list hook, whose errors carry the index of the item at fault.
            list_type: Any = list[item_type]  # type: ignore[valid-type]
            as_list = converter.get_structure_hook(list_type)

            def structure(value: object, _: object) -> tuple[Any, ...]:
                if type(value) is not list:
                    raise Invalid(f"expected a list, got {_json_type(value)}")
                return tuple(as_list(value, list_type))

            return structure
        item = converter.get_structure_hook(item_type)

        def fast(value: object, _: object) -> tuple[Any, ...]:
            # The items straight into a tuple, without cattrs' list in between.
            if type(value) is not list:
                raise Invalid(f"expected a list, got {_json_type(value)}")
            return tuple(map(item, value, itertools.repeat(item_type, len(value))))

        return fast

    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)

    def optional_hook(kind: Any) -> Callable[[object, object], object]:
        inner_type = next(a for a in typing.get_args(kind) if a is not type(None))
        inner = converter.get_structure_hook(inner_type)

        def structure(value: object, _: object) -> object:
            return None if value is None else inner(value, inner_type)

        return structure

    # "X | None" structures as X, so that X's own message reaches the user.
    converter.register_structure_hook_factory(_is_optional, optional_hook)
    if not detailed:
        converter.register_structure_hook_factory(
            lambda kind: isinstance(kind, type) and hasattr(kind, "__attrs_attrs__"),
            lambda kind: _lean_record_hook(converter, kind),
        )
    return converter


_lock = threading.Lock()
_converters: dict[bool, cattrs.Converter] = {}


def _converter(detailed: bool) -> cattrs.Converter:
    found = _converters.get(detailed)
    if found is None:
        with _lock:
            found = _converters.get(detailed)
            if found is None:
                found = _converters[detailed] = _make(detailed)
    return found


def structure(data: object, kind: type[T]) -> T:
    """Structure *data* as *kind*, or raise the detailed converter's error.

    The fast converter runs first; only when it fails does the detailed one run again to
    say where.
    """
    try:
        return _converter(False).structure(data, kind)
    except Exception:
        pass
    return _converter(True).structure(data, kind)


def unstructure(obj: object) -> Any:
    """Unstructure *obj* to JSON-ready data, leaving out fields at their defaults."""
    return _converter(False).unstructure(obj)


def _format(exc: BaseException, kind: type | None) -> str:
    if isinstance(exc, Invalid):
        return str(exc)
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        keys = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"unknown key {keys}" if len(exc.extra_fields) == 1 else f"unknown keys {keys}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, TypeError | AttributeError) and isinstance(kind, type):
        return f"expected an object for {kind.__name__}"
    return cattrs.v.format_exception(exc, kind)


def problems_of(exc: BaseException, file: str) -> list[Problem]:
    """Turn a converter error into problems naming *file* and the JSON path."""
    problems = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format):
        message, _, path = line.rpartition(" @ ")
        path = path.removeprefix("$").removeprefix(".")
        problems.append(Problem(file, path, message))
    return problems
