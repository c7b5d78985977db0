from typing import Optional, Union, List, Dict, Callable, Any, TypeVar, Generic, get_type_hints, Literal, Iterator

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack[int], T)

def find(names: list[str], target: str) -> Optional[int]:
    return names.index(target) if target in names else None

print(find(["a", "b"], "b"), find([], "x"))
print(get_type_hints(find))
print(find.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]])
print(Callable[[int, str], bool], Literal["r", "w"], int | None)
def apply(f: Callable[..., Any], *args: Any) -> Any:
    return f(*args)
print(apply(max, 3, 9))
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), gen.__annotations__["return"])
print(isinstance(3, int | str), list[int], dict[str, float], tuple[int, ...])
