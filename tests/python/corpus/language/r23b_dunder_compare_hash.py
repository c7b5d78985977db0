from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return f"Version({'.'.join(map(str, self.parts))!r})"
    def __str__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"))
print(len(set(vs)), Version("1.2") in {Version("1.2"): 1})
print(Version("1.0") == "1.0")
print(str(vs[0]), repr(vs[0]), f"{vs[1]}", f"{vs[1]!r}")
print([str(v) for v in vs])

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
print({NoHash()})
