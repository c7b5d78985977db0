# A dict subclass with __missing__, a case-insensitive dict, and UserDict for comparison
from collections import UserDict


class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"


class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


d = Default(name="Ann")
print(d["name"], d["age"], d.get("age"), "age" in d, "Hello {name}, {age}".format_map(d))
ci = CaseInsensitive()
ci["Host"] = "x.org"
print(ci["HOST"], ci, ci.get("host"), ci.get("HOST"))
ci2 = CaseInsensitive(Port=80)
print(ci2)
u = Upper(a=1)
u.update(b=2)
u["c"] = 3
print(u, u.data, isinstance(u, dict), dict(u))
print(ci2["port"])
