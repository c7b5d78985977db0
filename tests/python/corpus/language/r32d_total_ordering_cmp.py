# Version numbers compared with total_ordering, and sorting with functools.cmp_to_key
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"), Version("3") > Version("2.9"))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(sorted(["bb", "a", "cc", "aa", "ccc"], key=cmp_to_key(by_length_then_reverse_alpha)))
print(Version("1") != Version("1.0"), Version("1") >= Version("0.1"))
print(Version("1") < "2")
