# A tiny LRU cache built on OrderedDict's move_to_end and popitem(last=False)
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)


c = LRU(2)
c.put("a", 1)
c.put("b", 2)
print(c.get("a"))
c.put("c", 3)
print(c.get("b"), c.data)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
print(list(od), repr(od))
