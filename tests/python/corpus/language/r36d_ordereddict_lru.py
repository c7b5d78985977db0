# Building a small LRU cache on OrderedDict.move_to_end and popitem(last=False).
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)

c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
c.get("a")
c.put("d", "D")
c.get("b")
c.put("e", "E")
print(list(c.data.items()), c.hits, c.misses)
od1 = OrderedDict(a=1, b=2)
od2 = OrderedDict(b=2, a=1)
print(od1 == od2, dict(od1) == dict(od2), od1 == dict(od2))
od1.move_to_end("a", last=False)
print(od1, list(reversed(od1)))
print(od2.popitem(), od2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(od1 | {"c": 3})
