# A case-insensitive dictionary built on collections.abc.MutableMapping and one on UserDict
from collections.abc import MutableMapping, Sequence, Iterable, Hashable
from collections import UserDict


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

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
        return f"CID({dict(self.items())})"


h = CaseInsensitiveDict({"Content-Type": "json"}, Accept="*/*")
h["content-type"] = "html"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), list(h.keys()), h.get("x", 0))
print(h.pop("Accept"), h.setdefault("Host", "a"), h == {"content-type": "html", "Host": "a"})


class Defaults(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaults(a=1)
print(d["a"], d["zz"], d.data, isinstance(d, MutableMapping), isinstance([], Sequence))
print(isinstance("s", Iterable), isinstance([], Hashable), issubclass(dict, MutableMapping))


class Half(MutableMapping):
    def __getitem__(self, k):
        return k


Half()
