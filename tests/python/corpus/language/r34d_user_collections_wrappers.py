# UserDict, UserList and UserString subclasses that log or validate, versus subclassing dict directly
from collections import UserDict, UserList, UserString

class LoudDict(dict):
    def __setitem__(self, k, v):
        print(f"  dict set {k}")
        super().__setitem__(k, v)

class LoudUserDict(UserDict):
    def __setitem__(self, k, v):
        print(f"  userdict set {k}")
        super().__setitem__(k, v)

print("dict:")
d = LoudDict(a=1)
d.update(b=2)
print("userdict:")
u = LoudUserDict(a=1)
u.update(b=2)
print(d, u, u.data, type(u.copy()).__name__)

class Positive(UserList):
    def append(self, x):
        if x <= 0:
            raise ValueError(f"{x} is not positive")
        super().append(x)
p = Positive([1, 2])
p.append(3)
print(p, p[1:], type(p[1:]).__name__, p + [9], type(p + [9]).__name__)
try:
    p.append(-1)
except ValueError as e:
    print("ValueError:", e)
class Shout(UserString):
    def __str__(self):
        return self.data.upper() + "!"
s = Shout("hey")
print(s, repr(s), s + "you", type(s.replace("h", "j")).__name__, len(s), s[0])
