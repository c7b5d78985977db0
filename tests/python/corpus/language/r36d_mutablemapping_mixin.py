# A case-insensitive dict built on collections.abc.MutableMapping gets most methods for free.
from collections.abc import MutableMapping, Sequence, Set, Mapping

class CIDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()][1]

    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._data.values())

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"CIDict({dict(self.items())})"

h = CIDict({"Content-Type": "json"}, Accept="*/*")
print(h["content-type"], h.get("ACCEPT"), "accept" in h, len(h))
h["CONTENT-TYPE"] = "xml"
print(h, list(h.keys()), h == {"CONTENT-TYPE": "xml", "Accept": "*/*"})
print(h.pop("accept"), h.setdefault("X-Id", 7), h.popitem(), h)
print(isinstance(h, Mapping), isinstance({}, MutableMapping), issubclass(CIDict, dict))

class Span(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10

s = Span(4)
print(list(s), s.index(20), s.count(10), 30 in s, list(reversed(s)))

class Bits(Set):
    def __init__(self, it): self.items = sorted(set(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)

a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Bits(range(5)), a.isdisjoint([9]))
try:
    class Half(MutableMapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print("TypeError:", e)
