# functools.total_ordering fills in the comparisons from __eq__ and __lt__.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs))
print(vs[0] > vs[1], vs[1] >= vs[1], vs[3] <= vs[0], vs[0] != vs[1])
print(Version("2.0") == Version("2.0"), Version.__gt__.__name__)
