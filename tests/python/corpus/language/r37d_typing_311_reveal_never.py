# Python 3.11 typing helpers at runtime: reveal_type, assert_type, assert_never, Self, LiteralString.
from typing import reveal_type, assert_type, assert_never, Self, LiteralString, Never, Literal, NewType

class Builder:
    def __init__(self):
        self.parts: list[str] = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self

b = Builder().add("a").add("b")
print(b.parts, Builder.add.__annotations__)
x = reveal_type(42)
print("reveal_type returned", x)
reveal_type([1, "a"])
print(assert_type("text", str), Self, LiteralString, Never)
def handle(kind: Literal["a", "b"]) -> str:
    if kind == "a":
        return "A"
    elif kind == "b":
        return "B"
    else:
        assert_never(kind)
print(handle("a"), handle("b"))
UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
handle("c")
