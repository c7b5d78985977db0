# deepcopy with shared references and cycles, __deepcopy__ with memo, copy of classes with __slots__
import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "self": None}
data["self"] = data
d2 = copy.deepcopy(data)
print(d2["a"] is d2["b"], d2["a"] is shared, d2["self"] is d2)

class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt

ring = Node(1, Node(2))
ring.next.next = ring
r2 = copy.deepcopy(ring)
print(r2.val, r2.next.val, r2.next.next is r2, r2 is ring)
s = copy.copy(ring)
print(s.next is ring.next)

class Config:
    def __init__(self, opts):
        self.opts = opts
        self.cache = {"big": list(range(3))}
    def __deepcopy__(self, memo):
        print("deepcopy called, memo has", len(memo), "entries")
        new = Config(copy.deepcopy(self.opts, memo))
        return new

c = Config({"x": [1]})
c.cache["big"].append(99)
c2 = copy.deepcopy([c, c])
print(c2[0] is c2[1], c2[0].opts == c.opts, c2[0].cache)
print(copy.copy(5) is 5 if False else copy.copy((1, [2])) == (1, [2]))
