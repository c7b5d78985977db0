# A tiny LRU cache built on OrderedDict.move_to_end and popitem(last=False)
from collections import OrderedDict


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


c = LRU(2)
c.put("a", 1)
c.put("b", 2)
c.get("a")
c.put("c", 3)
print(c, c.get("b"))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
print(od, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(list(reversed(od)))
OrderedDict().popitem()
