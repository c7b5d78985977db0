# UserList and UserString subclasses: overriding one method and getting the rest, and their types
from collections import UserList, UserString


class History(UserList):
    def append(self, item):
        super().append(item.strip().lower())


class Shout(UserString):
    def __str__(self):
        return self.data.upper() + "!"


h = History(["a"])
h.append("  Hello ")
h.extend(["  X "])
h += ["  Y  "]
print(h, h.data, len(h), h[1], type(h[:1]).__name__, type(h + ["z"]).__name__, "hello" in h)
s = Shout("hey you")
print(s, repr(s), s.title(), type(s.title()).__name__, s[0:3], type(s[0:3]).__name__, s + "!!", s * 2)
print(s.split(), s.replace("hey", "hi"), len(s), "you" in s, sorted(Shout("cba")), s == "hey you")
print(h.pop(), h, h.index("hello"), h.count("a"), h.copy().__class__.__name__)
h.remove("nothing")
