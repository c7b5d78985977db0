# Numbers that do not fit.
import math
tries = [
    "2.0 ** 10000",
    "10.0 ** -400",
    "math.exp(1000)",
    "math.pow(10, 400)",
    "int(float('inf'))",
    "int(float('nan'))",
    "float(10 ** 400)",
    "10 ** 400 / 3",
    "10 ** 400 / 10 ** 399",
    "(10 ** 400) * 1.0",
    "math.sqrt(10 ** 400)",
    "math.log(10 ** 400)",
    "len(range(10 ** 20))",
    "[0] * (10 ** 20)",
    "'ab' * (2 ** 63)",
    "chr(10 ** 20)",
    "round(1e308, -400)",
    "round(float('inf'))",
    "math.factorial(-1)",
    "1e308 * 10",
    "(2 ** 1024).bit_length()",
    "float('1e400')",
    "math.ldexp(1.0, 2000)",
    "divmod(1e308, 1e-308)",
]
for t in tries:
    try:
        print(t, "=", eval(t))
    except (OverflowError, ValueError, MemoryError) as e:
        print(t, "->", type(e).__name__, e)
