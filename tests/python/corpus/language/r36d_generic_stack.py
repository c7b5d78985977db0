# A generic Stack[T] class and what its type parameters look like at runtime.
from typing import Generic, TypeVar, Optional, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K", str, bytes)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self):
        return len(self._items)

s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), len(s))
print(Stack[int], Stack[str] == Stack[str], Stack[int] is Stack[int])
print(get_origin(Stack[int]) is Stack, get_args(Stack[dict[str, int]]))
print(T, K, K.__constraints__, T.__name__)
print(Stack.__parameters__, Stack[int].__parameters__)
print(Stack.pop.__annotations__)
print(type(s).__name__, isinstance(s, Stack))
print(Optional[int], Optional[Stack[T]])
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError:", e)
