# typing.NamedTuple subclasses with methods, properties, defaults, and tuple behaviour.
from typing import NamedTuple
import math

class Vec(NamedTuple):
    x: float
    y: float = 0.0

    @property
    def length(self):
        return math.hypot(self.x, self.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

v = Vec(3, 4)
print(v, v.length, v + Vec(1), v.scaled(2), Vec(1) * 2, len(v), v[0], v[-1])
print(Vec._fields, Vec._field_defaults, Vec.__annotations__, v._asdict())
x, y = v
print(x, y, v == (3, 4), hash(v) == hash((3, 4)), sorted([Vec(2, 1), Vec(1, 5)]))
try:
    v.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vec()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
