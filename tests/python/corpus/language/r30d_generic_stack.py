# A Generic[T] stack class with type hints, Optional returns, and printed annotations
from typing import Generic, TypeVar, Optional, get_type_hints

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)


s: Stack[int] = Stack()
for n in (1, 2, 3):
    s.push(n)
print(len(s), s.pop(), s.pop(), s.pop(), s.pop())
print(Stack[int], Stack[str]().__class__.__name__)
print(Stack.push.__annotations__)
print(get_type_hints(Stack.pop))
print(T, T.__name__, Stack.__parameters__)
print(Optional[int], Optional[list[str]])
