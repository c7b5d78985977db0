# An LRU cache class built on OrderedDict, with hits, misses and evictions printed.
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(3)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
cache.put("d", "D")
cache.get("a")
cache.put("e", "E")
print(list(cache.data.items()), cache.hits, cache.misses)
print(cache.data)
