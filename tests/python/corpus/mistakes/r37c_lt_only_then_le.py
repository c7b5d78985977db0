# a Version class with just __lt__; then I compare with <= and sort
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2")]
print(sorted(vs), vs[0] > vs[1])
print(vs[1] <= vs[0])
