# A case-insensitive dict built on collections.abc.MutableMapping gets the mixin methods for free
from collections.abc import MutableMapping, Mapping, Sized

class CIDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._d[key.lower()][1]
    def __setitem__(self, key, value):
        self._d[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._d[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"CIDict({dict(self.items())})"

h = CIDict({"Content-Type": "text/html"}, Accept="*/*")
print(h["content-type"], h.get("ACCEPT"), "accept" in h, len(h))
h["ACCEPT"] = "json"
print(h, list(h.keys()), list(h.values()))
print(h.pop("accept"), h.setdefault("X-Id", 1), h)
print(h == {"Content-Type": "text/html", "X-Id": 1}, isinstance(h, Mapping), isinstance(h, Sized))
h.popitem()
h.clear()
print(h, bool(h))
try:
    h["missing"]
except KeyError as e:
    print("KeyError:", e)
class Incomplete(MutableMapping):
    def __getitem__(self, k):
        return 1
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
