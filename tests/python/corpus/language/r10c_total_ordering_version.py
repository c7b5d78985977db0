from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

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

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"))
print(Version("1.0") > Version("0.1"), Version("1.0") != Version("1.0"))
print(len(set(vs)))
print(Version("1.0") == "1.0")
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print(e)
print(sorted(["__lt__", "__le__", "__gt__", "__ge__"], key=lambda n: n in Version.__dict__))
Version("1.0") >= 3
