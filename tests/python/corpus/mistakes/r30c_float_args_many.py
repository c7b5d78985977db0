# Floats from / passed where whole numbers are needed.
import random
random.seed(8)
n = 10
half = n / 2
for expr in ["range(half)", "'ab' * half", "[0] * half", "'x'.center(half)", "chr(65.0)", "round(2.567, 1.0)",
             "bytes(half)", "[1, 2, 3].pop(1.0)", "'abc'[1.0]", "'abcdef'[1.0:3]", "int('101', base=2.0)",
             "random.randint(1, half)", "random.randrange(half)", "random.choice(range(int(half)))"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
