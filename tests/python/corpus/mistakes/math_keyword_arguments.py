# Every math function given a keyword argument: 'math.NAME() takes no keyword arguments' (log's says 'log()')
import math
for n in sorted(dir(math)):
    f = getattr(math, n)
    if callable(f) and n not in ("isclose", "prod"):
        try:
            f(x=1)
        except TypeError as e:
            print(n, e)
