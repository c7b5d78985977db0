# typing additions of 3.11 at runtime: reveal_type, assert_never, Self, LiteralString, get_overloads
from typing import reveal_type, assert_never, Self, LiteralString, Never, overload, get_overloads, assert_type
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def name(c: Color) -> str:
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            assert_never(c)

class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(name(Color.RED), Builder().add("a").add("b").parts)
x = reveal_type(double(21))
print(x, assert_type(3, int))
print(len(get_overloads(double)), Self, LiteralString, Never)
print(name("purple"))
