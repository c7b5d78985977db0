# Comparing software versions with functools.total_ordering.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.9.12"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2.0.0"), Version("1.2") >= Version("1.1.99"))
print(Version("3") > Version("2.99"), Version("1.0") <= Version("1"))
print(len({Version("1.2"), Version("1.2.0")}))
print(Version("1") == "1")
try:
    Version("1") < "2"
except TypeError as e:
    print(e)
print(Version.__le__.__name__, Version.__gt__ is not object.__gt__)
