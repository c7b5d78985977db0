from functools import cached_property
import time

class Report:
    def __init__(self, data):
        self.data = data
        self.computes = 0
    @cached_property
    def stats(self):
        self.computes += 1
        return {"n": len(self.data), "mean": sum(self.data) / len(self.data)}
    @property
    def live(self):
        self.computes += 1
        return max(self.data)

r = Report([3, 5, 10])
print(r.stats, r.stats, r.computes)
print(r.live, r.live, r.computes)
r.data.append(100)
print(r.stats["n"], r.live)
del r.stats
print(r.stats["n"], r.computes)
print("stats" in vars(r), type(Report.stats).__name__)
r.stats = "overwritten"
print(r.stats)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
Slotted().y
