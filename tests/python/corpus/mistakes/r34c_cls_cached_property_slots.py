# functools.cached_property on a class that uses __slots__
from functools import cached_property

class Dataset:
    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        return sum(self.rows)

print(Dataset([1, 2, 3]).total)
