# Lazy, computed-once attributes with functools.cached_property.
from functools import cached_property
import statistics

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("computing stats...")
        return {"mean": statistics.mean(self.values), "max": max(self.values)}

    @property
    def size(self):
        return len(self.values)

ds = Dataset([4, 8, 15, 16, 23, 42])
print("stats" in vars(ds))
print(ds.stats)
print(ds.stats["max"], "stats" in vars(ds))
ds.values.append(100)
print(ds.stats["max"], ds.size)
del ds.stats
print(ds.stats["max"])
ds.stats = "overridden"
print(ds.stats)
print(type(Dataset.stats).__name__, Dataset.stats.attrname)
try:
    ds.size = 3
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1

try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
