# inspect.signature of built-in functions and classes, as a learner explores the standard library
import inspect
import math

for fn in [len, sorted, abs, divmod, math.isclose, str.split, dict.get, int, range, min]:
    try:
        print(fn.__name__, inspect.signature(fn))
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)


class Point:
    def __init__(self, x, y=0):
        pass


print(inspect.signature(Point), inspect.signature(Point.__init__))
print([p.kind.name for p in inspect.signature(sorted).parameters.values()])
