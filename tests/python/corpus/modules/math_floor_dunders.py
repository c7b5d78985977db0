# math.floor, ceil and trunc of big integers, bools and floats, and of
# objects that define __floor__, __ceil__ and __trunc__; their errors
import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return f'floor of {self.v} m'

    def __ceil__(self):
        return math.ceil(self.v)

    def __trunc__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)


class Plain:
    def __float__(self):
        return 2.5


for x in [10 ** 30, -10 ** 25, 2 ** 70 + 1, True, False, 7, -3.5, 2.5, 1e300, Meters(3.7)]:
    print(repr(x) if not isinstance(x, Meters) else 'Meters(3.7)', math.floor(x), math.ceil(x), math.trunc(x))
print(math.floor(Plain()), math.ceil(Plain()))
print(type(math.floor(True)), (7).as_integer_ratio(), (True).as_integer_ratio(), (-2 ** 65).as_integer_ratio())
for bad in ['x', None, float('nan'), float('inf'), Plain()]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
