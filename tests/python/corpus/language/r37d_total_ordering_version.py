# A semantic version class with total_ordering, parsing, hashing and sorting a release list.
from functools import total_ordering
import re

@total_ordering
class Version:
    _re = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\w+))?$")
    def __init__(self, text):
        m = self._re.match(text)
        if not m:
            raise ValueError(f"bad version: {text!r}")
        self.parts = tuple(int(g or 0) for g in m.groups()[:3])
        self.pre = m.group(4)
    def _key(self):
        return self.parts + ((1, "") if self.pre is None else (0, self.pre))
    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return f"Version('{'.'.join(map(str, self.parts))}{'-' + self.pre if self.pre else ''}')"

vs = [Version(s) for s in ["1.10", "1.2.3", "1.2", "2.0-rc1", "2.0", "2.0-beta", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2") == Version("1.2.0"), len(set(vs)))
print(Version("1.0") <= Version("1.0-rc"), Version("3.0") >= Version("2.9.9"))
print(Version.__le__.__name__, Version.__gt__ is not object.__gt__)
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print(e)
Version("one.two")
