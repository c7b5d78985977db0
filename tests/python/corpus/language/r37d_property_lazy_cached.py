# A report class with cached_property, a property with validation and del to reset the cache.
from functools import cached_property

class Report:
    def __init__(self, rows):
        self._rows = rows
        self.computed = 0

    @cached_property
    def summary(self):
        self.computed += 1
        total = sum(r[1] for r in self._rows)
        return {"n": len(self._rows), "total": total, "avg": total / len(self._rows)}

    @property
    def rows(self):
        return tuple(self._rows)

    @rows.setter
    def rows(self, value):
        if not all(isinstance(v, (int, float)) for _, v in value):
            raise TypeError("values must be numbers")
        self._rows = list(value)
        self.__dict__.pop("summary", None)

r = Report([("a", 3), ("b", 5)])
print(r.summary, r.summary, r.computed)
print("summary" in vars(r))
r.rows = [("c", 10)]
print(r.summary, r.computed)
del r.summary
print(r.summary["avg"], r.computed)
print(type(Report.summary).__name__, Report.summary.attrname, type(Report.rows).__name__)
try:
    r.rows = [("d", "x")]
except TypeError as e:
    print("rejected:", e)
r.summary = "overwritten"
print(r.summary)
print(Report.rows.fget.__name__, Report.rows.fset is not None, Report.rows.fdel)
del r.rows
