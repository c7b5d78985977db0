# Comparing dataclass readings that hold NaN: the same float object inside compares equal in 3.11
import math
from dataclasses import dataclass, astuple


@dataclass
class Reading:
    sensor: str
    value: float


missing = float("nan")
r1 = Reading("t1", missing)
r2 = Reading("t1", missing)
r3 = Reading("t1", float("nan"))
print(r1 == r2, r1 == r3, missing == missing, math.isnan(r1.value))
print(astuple(r1) == astuple(r2), (missing,) == (missing,), [missing] == [missing])
readings = [Reading("a", 1.0), r1, Reading("b", 2.0)]
print(r2 in readings, readings.index(r2), readings.count(r2))
clean = [r for r in readings if not math.isnan(r.value)]
print(clean, sum(r.value for r in clean) / len(clean))
