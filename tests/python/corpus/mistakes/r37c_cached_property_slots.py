# caching an expensive property on a class that uses __slots__
from functools import cached_property

class Report:
    __slots__ = ("rows",)
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("computing")
        return sum(self.rows)

r = Report([1, 2, 3])
print(r.rows)
print(r.total)
