# math.log, log10, log2, log1p, asinh, acosh and lgamma to the last digit, as CPython on Linux (glibc)
import math
import random

random.seed(2024)
xs = [random.uniform(0.001, 1000) for _ in range(60)] + [random.uniform(1, 10) for _ in range(30)]
xs += [2 ** 0.5, 10.0, 1e-300, 1e300, 123456789.0, 0.1, 3.0]
for name in ('log', 'log10', 'log2', 'log1p', 'asinh', 'acosh', 'lgamma'):
    f = getattr(math, name)
    vals = []
    for x in xs:
        try:
            vals.append(repr(f(x)))
        except ValueError:
            vals.append('ValueError')
    print(name, ' '.join(vals))
print([math.log(n, 10) for n in (10, 100, 1000, 10 ** 6)])
print([int(math.log10(n)) + 1 for n in (9, 10, 99, 100, 12345, 10 ** 15 - 1)])
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log(7, 2), math.log10(5e-324))
