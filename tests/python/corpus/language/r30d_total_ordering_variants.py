# total_ordering from __gt__ alone and from __le__, and the error when no ordering method is defined
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


@total_ordering
class Size:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n

    def __repr__(self):
        return f"Size({self.n})"


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.1"), Version("2.0") >= Version("2.0"))
print(sorted([Size(3), Size(1), Size(2)]), Size(1) < Size(2), Size(2) > Size(2), Size(1) >= Size(1))
print(Version("1.0") < Version("1.1"), Version.__lt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
print(Version("1") < 5)
