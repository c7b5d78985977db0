from typing import Generic, TypeVar, Protocol, runtime_checkable, Optional, Union, TypedDict, Literal, Any, get_type_hints

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__, type(s).__name__)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass
print(isinstance(File(), Closeable), isinstance(42, Closeable))

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"})

def f(a: int, b: Optional[str] = None, *c: Union[int, str]) -> Literal["ok"]:
    return "ok"
print(f.__annotations__)
print(get_type_hints(f)["b"])
print(list[int], dict[str, list[int]], tuple[int, ...], int | None, type(int | str).__name__)
print(Optional[int], Union[int, str], Union[int], Any)
print(isinstance(3, int | str), list[int]() == [])
x: int = "not checked"
print(x, __annotations__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
isinstance(File(), Protocol)
