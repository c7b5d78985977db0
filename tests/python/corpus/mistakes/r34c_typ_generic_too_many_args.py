# A generic Box class subscripted with two types instead of one
from typing import Generic, TypeVar

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

print(Box[int](3).item)
pair = Box[int, str](3)
