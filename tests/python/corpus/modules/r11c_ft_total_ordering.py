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
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.0")
print(a <= b, a >= b, a > b, a != b)
print(Version("3.1") >= Version("3.0"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
print(Version("1.0") == "1.0")
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
