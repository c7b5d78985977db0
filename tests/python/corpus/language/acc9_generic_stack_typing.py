# A Generic stack with TypeVar bounds, Optional returns and typing reprs a learner prints.
from typing import Generic, TypeVar, Optional, Iterator, Union, Any, List, Dict

T = TypeVar("T")
N = TypeVar("N", int, float)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

def total(xs: List[N]) -> N:
    return sum(xs)

s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(list(s), s.pop(), s.pop(), s.pop(), s.pop())
print(Stack[int], Stack[str].__origin__ is Stack, T, N.__constraints__, T.__name__)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Union[int, int])
print(Dict[str, List[int]], List[Any], int | None, list[int | str])
print(total([1, 2.5]), total.__annotations__)
print(Stack.__parameters__, Stack[int].__args__, Stack.__mro__[1:])
