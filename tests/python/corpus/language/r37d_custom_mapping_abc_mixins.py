# A case-insensitive dict built on collections.abc.MutableMapping, using the free mixin methods.
from collections.abc import MutableMapping, Mapping

class CIDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._d = {}
        self.update(data, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()][1]
    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"CIDict({dict(self.items())})"

h = CIDict({"Content-Type": "text/html"}, Accept="*/*")
print(h["content-type"], h.get("ACCEPT"), "accept" in h, len(h), list(h))
h["CONTENT-TYPE"] = "application/json"
print(h, h.setdefault("X-Id", "1"), h.pop("accept"), h.keys(), list(h.values()))
print(h == {"CONTENT-TYPE": "application/json", "X-Id": "1"}, isinstance(h, Mapping))
print(h.popitem(), h, sorted(m for m in ("update", "setdefault", "pop") if hasattr(h, m)))
h.clear()
print(h, bool(h))
class Incomplete(MutableMapping):
    def __getitem__(self, k): return 1
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
h["a"] = 1
print(h | {"b": 2})
