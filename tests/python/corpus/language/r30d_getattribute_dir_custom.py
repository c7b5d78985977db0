# __getattribute__ that counts every access, and a custom __dir__ listing dynamic attributes
class Counted:
    def __init__(self):
        object.__setattr__(self, "hits", {})
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__") and name != "hits":
            hits = object.__getattribute__(self, "hits")
            hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)

    def method(self):
        return self.x * 2


class Dynamic:
    _fields = {"alpha": 1, "beta": 2}

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __dir__(self):
        return sorted(list(self._fields) + ["describe"])


c = Counted()
c.x
c.method()
getattr(c, "x")
print(c.hits)
d = Dynamic()
print(d.alpha, dir(d), hasattr(d, "beta"), hasattr(d, "gamma"))
print(d.gamma)
