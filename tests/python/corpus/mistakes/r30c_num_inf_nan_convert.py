# Converting infinities and NaN to int, rounding them, and huge ints to float.
import math
for expr in ["int(float('inf'))", "int(float('nan'))", "round(float('inf'))", "math.floor(-math.inf)",
             "float(10 ** 400)", "math.exp(1000)", "math.log(0)", "math.sqrt(-0.0)", "10 ** 400 / 3",
             "(10 ** 400) // 3 > 0", "1e308 * 10", "math.ceil(float('nan'))", "int('inf')"]:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
