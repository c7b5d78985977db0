# A Generic container class: subscripting, __orig_bases__, __parameters__ and runtime behaviour
from typing import Generic, TypeVar, get_args

K = TypeVar("K")
V = TypeVar("V", int, str)

class Registry(Generic[K, V]):
    def __init__(self):
        self.items: dict[K, V] = {}
    def put(self, k: K, v: V) -> None:
        self.items[k] = v

R = Registry[str, int]
print(R, get_args(R), Registry.__parameters__)
r = R()
r.put("a", "not an int")
print(r.items, type(r).__name__, r.__orig_class__)
print(Registry.__orig_bases__)
print(V.__constraints__, K.__bound__, repr(K))
try:
    Registry[int]
except TypeError as e:
    print("TypeError:", e)

class IntRegistry(Registry[str, int]):
    pass
print(IntRegistry.__parameters__, IntRegistry.__orig_bases__)
print(list[int], dict[str, list[int]], type(list[int]).__name__)
