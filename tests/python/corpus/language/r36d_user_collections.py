# Subclassing UserDict, UserList and UserString to customise built-in behaviour.
from collections import UserDict, UserList, UserString

class DefaultingDict(UserDict):
    def __missing__(self, key):
        return f"<no {key}>"
    def __setitem__(self, key, value):
        super().__setitem__(str(key), value)

d = DefaultingDict({1: "one"})
d[2] = "two"
d.update({3: "three"})
print(d, d["1"], d["9"], d.get("9"), "1" in d, dict(d))

class SortedList(UserList):
    def append(self, item):
        super().append(item)
        self.data.sort()
    def __add__(self, other):
        return SortedList(sorted(self.data + list(other)))

s = SortedList([5, 1])
s.append(3)
s.append(0)
print(s, type(s + [2]).__name__, s + [2], s[1:3], type(s[1:3]).__name__)
print(s * 2, len(s), s.count(1), s.index(3), 5 in s)

class Shout(UserString):
    def __str__(self):
        return self.data.upper() + "!"

u = Shout("hello")
print(u, repr(u), u + " there", type(u + "x").__name__, u.capitalize(), u[1:3])
print(u == "hello", u < "world", len(u), u.data, "ell" in u)

class Plain(dict):
    def __missing__(self, key):
        return 0
p = Plain(a=1)
print(p["b"], p.get("b"), p)
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
l = Loud()
l["x"] = 1
l.update(y=2)
print(l)
