# typing: a Protocol for things that can be drawn, a Generic Stack[T], TypeVar and TypedDict
from typing import Protocol, Generic, TypeVar, TypedDict, runtime_checkable, Iterator, Optional

T = TypeVar("T")


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "()"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Movie(TypedDict, total=False):
    title: str
    year: int


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(list(s), s.pop(), s.pop(), s.pop(), Stack[int], Stack[str]().__class__.__name__)
print(isinstance(Circle(), Drawable), isinstance(3, Drawable), T, T.__name__)
m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m).__name__)
print(Stack.__parameters__, Stack[int].__origin__ is Stack, Stack[int].__args__)
print(Movie(title="x", year=1), Drawable.__name__)
isinstance(Circle(), Protocol)
