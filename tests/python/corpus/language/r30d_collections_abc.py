# collections.abc: isinstance checks, and a MutableMapping subclass getting methods for free
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LowerDict({self._d})"


d = LowerDict({"Name": "Ann"}, AGE=30)
print(d, d["NAME"], d.get("age"), "aGe" in d, list(d.items()), d.pop("age"), d)
d.setdefault("City", "Oslo")
print(d, len(d), dict(d) == {"name": "Ann", "city": "Oslo"})
for obj in [[1], (1,), "s", {1: 2}, iter([]), 5, len, d, {1}]:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sequence, Mapping, Callable, Hashable, Sized) if isinstance(obj, abc)])


class Half(Mapping):
    pass


Half()
