from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(3)
for k in "abc":
    cache.put(k, ord(k))
cache.get("a")
cache.put("d", 100)
cache.put("e", 101)
print(list(cache.data.items()))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
od.move_to_end("y", last=False)
print(od)
print(od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
print(list(reversed(OrderedDict(p=1, q=2, r=3))))
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
