# cached_property vs property: counting how often an expensive value is computed
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.calls = 0

    @cached_property
    def stats(self):
        self.calls += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean}

d = Dataset([2, 4, 6, 8])
print("stats" in vars(d))
print(d.stats, d.stats["mean"], d.calls)
print("stats" in vars(d))
d.values.append(100)
print(d.stats["n"], "(stale)")
del d.stats
print(d.stats["n"], d.calls)
d.stats = "overridden"
print(d.stats)
print(type(Dataset.stats).__name__, Dataset.stats.attrname)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
