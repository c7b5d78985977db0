# UserList, UserDict and UserString subclasses that override a few methods and keep the rest.
from collections import UserList, UserDict, UserString

class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self.data[-1] if self.data else None

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), len(s), s + [9], type(s + [9]).__name__, s[::-1], type(s[:1]).__name__)

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __contains__(self, key):
        return key.lower() in self.data

d = LowerDict({"A": 1}, B=2)
d.update(C=3)
d.setdefault("D", 4)
print(d, "a" in d, "A" in d, d.get("a"), dict(d), d | {"E": 5}, type(d.copy()).__name__)

class Tag(UserString):
    def __init__(self, s):
        super().__init__(s.strip().lower())
print(Tag("  Python "), repr(Tag("X")), Tag("ab") + "c", type(Tag("ab") + "c").__name__, Tag("abc").upper())
print(Tag("a,b").split(","), "b" in Tag("abc"), Tag("abc")[1], len(Tag("hello")), Tag("x") == "x")
print(sorted([Tag("b"), Tag("A")]), Tag("a") < "b", Tag("ab").data)
print(d["missing"])
