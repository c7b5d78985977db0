# Python 3.11 typing features: Self, Required/NotRequired, LiteralString, Never, assert_never, reveal_type
from typing import Self, TypedDict, Required, NotRequired, LiteralString, Never, assert_never, reveal_type
from enum import Enum


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self


class Movie(TypedDict, total=False):
    title: Required[str]
    year: NotRequired[int]


class Color(Enum):
    RED = 1
    BLUE = 2


def name(c: Color) -> str:
    match c:
        case Color.RED:
            return "red"
        case Color.BLUE:
            return "blue"
        case _:
            assert_never(c)


print(Builder().add("a").add("b").parts, Builder.add.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(LiteralString, Never, [name(c) for c in Color])
x = reveal_type([1, 2])
print(x)
name("green")
