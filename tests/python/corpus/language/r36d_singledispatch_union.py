# singledispatch registering union types and ABCs, with a fallback for everything else.
from functools import singledispatch
from collections.abc import Mapping, Sequence
from decimal import Decimal

@singledispatch
def to_json(obj):
    raise TypeError(f"cannot serialise {type(obj).__name__}")

@to_json.register
def _(obj: int | float):
    return repr(obj)

@to_json.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'

@to_json.register
def _(obj: Mapping):
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"

@to_json.register
def _(obj: Sequence):
    return "[" + ", ".join(map(to_json, obj)) + "]"

@to_json.register(type(None))
def _(obj):
    return "null"

@to_json.register(bool)
def _(obj):
    return "true" if obj else "false"

print(to_json({"a": [1, 2.5, "x\"y"], "b": None, "c": True, 3: (False,)}))
print(to_json.dispatch(tuple).__name__, to_json.dispatch(bool) is to_json.registry[bool])
for bad in (Decimal("1.5"), {1, 2}, b"bytes"):
    try:
        print(to_json(bad))
    except TypeError as e:
        print("TypeError:", e)
print(len(to_json.registry) >= 6)
