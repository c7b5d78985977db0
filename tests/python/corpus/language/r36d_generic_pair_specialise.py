# A two-parameter generic Pair, partial specialisation and a custom __class_getitem__.
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)
    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"

StrPair = Pair[str, V]
print(StrPair, StrPair[int], Pair[int, str])
print(Pair("a", 1).swap(), Pair[int, int](1, 2))
print(Pair.__parameters__, StrPair.__parameters__)
class Registry:
    def __class_getitem__(cls, item):
        return f"Registry of {item.__name__}"
print(Registry[int], Registry[str])
class Shelf(list):
    pass
print(Shelf[int], list[int], type(list[int]).__name__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)
class IntKeyed(Pair[int, V]):
    pass
print(IntKeyed.__parameters__, IntKeyed(1, "x"), IntKeyed.__orig_bases__)
