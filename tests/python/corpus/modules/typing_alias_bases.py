# typing's aliases as bases and in isinstance: Sized, Iterable, Mapping, List[str], Counter, Iterator[int] are their classes
import typing
from typing import Iterable, Sized, Mapping, List, Dict, Counter, Iterator


class Bag(Sized):
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Evens(Iterable):
    def __iter__(self):
        return iter(range(0, 6, 2))


class Registry(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Names(List[str]):
    pass


class Tally(Counter):
    pass


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(len(Bag(1, 2, 3)), list(Evens()), dict(Registry(a=1, b=2)), Registry(x=1).get("y", 0), "x" in Registry(x=1))
print(Names(["a", "b"]) + ["c"], Tally("hello").most_common(1), list(Countdown(3)), isinstance(Bag(), Sized))
print(Registry(a=1) == {"a": 1}, sorted(Registry(b=2, a=1).items()), type(Names()).__bases__[0].__name__)
try:
    class Bad(Registry):
        pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
