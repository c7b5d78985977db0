# copy with __slots__ plus __dict__, dict subclasses, shared references in deepcopy, and __copy__ hooks
import copy


class Mixed:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = [1]
        self.b = [2]


class Tagged(dict):
    pass


class Conn:
    def __init__(self, host):
        self.host, self.socket = host, object()

    def __deepcopy__(self, memo):
        print("  custom deepcopy")
        return Conn(self.host)

    def __copy__(self):
        print("  custom copy")
        return self


m = Mixed()
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
print(m2.a is m.a, m2.b is m.b, m3.a == m.a, m3.a is m.a, vars(m3))
t = Tagged(x=[1])
t.note = "attr"
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2.note, t2["x"] is t["x"])
shared = [0]
data = {"p": shared, "q": shared}
d2 = copy.deepcopy(data)
print(d2["p"] is d2["q"], d2["p"] is shared)
c = Conn("db")
print(copy.copy(c) is c, copy.deepcopy(c).host, copy.deepcopy([c, c])[0].host)
print(copy.copy(5), copy.deepcopy((1, [2]))[1], copy.copy(range(3)))
copy.deepcopy(iter([1]))
