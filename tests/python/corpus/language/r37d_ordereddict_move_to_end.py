# An LRU-ish cache and a playlist using OrderedDict move_to_end, popitem(last=False) and equality rules.
from collections import OrderedDict

playlist = OrderedDict.fromkeys(["intro", "verse", "chorus", "bridge", "outro"], 0)
playlist.move_to_end("intro")
playlist.move_to_end("outro", last=False)
print(list(playlist))
print(playlist.popitem(), playlist.popitem(last=False), list(playlist))

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            print("evict", oldest)
            del self[oldest]

cache = LRU(3)
for k in "abc":
    cache[k] = k.upper()
cache["a"]
cache["d"] = "D"
cache["c"] = "see"
cache["e"] = "E"
print(cache)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(cache)), cache.keys() | {"z"} >= {"z"})
try:
    cache.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
OrderedDict().popitem()
