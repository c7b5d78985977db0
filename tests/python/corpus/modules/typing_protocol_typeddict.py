# typing: a TypedDict class (a plain dict when called), Protocol with runtime_checkable, final, overload, Annotated and the collection aliases
from typing import Protocol, TypedDict, Annotated, overload, final, runtime_checkable, Counter, Hashable, Sized


class Movie(TypedDict):
    title: str
    year: int


class Sequel(Movie):
    part: int


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


@final
class Leaf:
    pass


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(Movie.__mro__, Movie(**{"title": "x"}), isinstance(m, dict))
print(English().greet(), double(2), double("ab"), Leaf.__name__)
print(Annotated[int, "positive"], Counter[str], Hashable, Sized)
UserId: Annotated[int, "id"] = 5
print(UserId)
