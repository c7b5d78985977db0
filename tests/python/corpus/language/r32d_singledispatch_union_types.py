# singledispatch with union type hints (3.11), ABCs, and dispatching on classes of one's own
from functools import singledispatch
from collections.abc import Mapping, Sequence
from decimal import Decimal


@singledispatch
def to_text(obj) -> str:
    raise TypeError(f"cannot convert {type(obj).__name__}")


@to_text.register
def _(obj: int | float) -> str:
    return f"number {obj:g}"


@to_text.register
def _(obj: str) -> str:
    return f"text {obj!r}"


@to_text.register
def _(obj: Mapping) -> str:
    return "{" + ", ".join(f"{to_text(k)}: {to_text(v)}" for k, v in obj.items()) + "}"


@to_text.register
def _(obj: Sequence) -> str:
    return "[" + ", ".join(map(to_text, obj)) + "]"


class Temperature(float):
    pass


print(to_text(3), to_text(2.5), to_text("hi"), to_text({"a": [1, "b"]}), to_text((1, 2)))
print(to_text(Temperature(21.5)), to_text(True))
print(to_text.dispatch(Temperature).__name__, len(to_text.registry))
to_text(Decimal("1.5"))
