import copy
class Base:
    __slots__ = ("__hidden", "shown")
    def __init__(self):
        self.__hidden = [1]
        self.shown = "s"
    def hidden(self): return self.__hidden
class Child(Base):
    __slots__ = ("extra", "__dict__")
c = Child(); c.extra = {"k": [1]}; c.free = [0]
c2 = copy.copy(c); c3 = copy.deepcopy(c)
c.hidden().append(2); c.extra["k"].append(3); c.free.append(4)
print(c2.hidden(), c2.extra, c2.free, c2.shown)
print(c3.hidden(), c3.extra, c3.free, c3.shown)
print(Child.__slotnames__, "__slotnames__" in vars(Base))
class Node:
    __slots__ = ("val", "next")
n = Node(); n.val = 1; n.next = n
m = copy.deepcopy(n)
print(m.next is m, m is not n, m.val)
half = Node(); half.val = 2
h2 = copy.copy(half)
print(h2.val, hasattr(h2, "next"))
