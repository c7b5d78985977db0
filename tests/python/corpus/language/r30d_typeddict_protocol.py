# TypedDict is a plain dict at runtime; a runtime_checkable Protocol checks methods
from typing import TypedDict, Protocol, runtime_checkable


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self):
        return "hello"


class Mute:
    pass


m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__annotations__)
print(PartialMovie.__total__, Movie.__total__, sorted(Movie.__required_keys__))
print(Movie(title="Up", year=2009))
print(isinstance(English(), Greeter), isinstance(Mute(), Greeter))
for g in [English(), Mute()]:
    print(g.greet() if isinstance(g, Greeter) else f"{type(g).__name__} cannot greet")
isinstance(m, Movie)
