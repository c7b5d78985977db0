# typing's runtime helpers: NewType, cast, overload registry, assert_never and reveal_type.
from typing import NewType, cast, overload, get_overloads, assert_never, reveal_type, TypeAlias, Literal, Never
import typing

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId, UserId.__supertype__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(double(4), double("ab"), len(get_overloads(double)))
print(cast(str, 123), cast("list[int]", "not checked"))
Vector: TypeAlias = list[float]
print(Vector, Vector([1.0]))

def handle(kind: Literal["a", "b"]) -> str:
    if kind == "a":
        return "A"
    elif kind == "b":
        return "B"
    else:
        assert_never(kind)

print(handle("a"), handle("b"))
try:
    handle("c")
except AssertionError as e:
    print("AssertionError:", e)
x = reveal_type([1, 2])
print(x)
print(typing.TYPE_CHECKING, Never, typing.get_origin(Vector))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
@typing.final
class Leaf:
    pass
print(getattr(Leaf, "__final__", None))
@typing.no_type_check
def untyped(a: "nonsense") -> 1:
    return a
print(untyped(5), untyped.__no_type_check__)
