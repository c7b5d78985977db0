# Every way of dividing by zero, and their messages.
import math
ops = [
    "1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)",
    "1.0 / 0", "1.0 // 0.0", "1.5 % 0", "divmod(1.0, 0.0)",
    "0 / 0", "0.0 / 0.0", "True / False",
    "pow(0, -1)", "0 ** -1", "0.0 ** -1",
    "math.fmod(1, 0)", "math.log(0)", "1 / 0.0",
    "10 ** 400 // 0", "(2 ** 100) % 0",
    "math.remainder(1, 0)",
]
for op in ops:
    try:
        print(op, "=", eval(op))
    except (ZeroDivisionError, ValueError) as e:
        print(f"{op:16} {type(e).__name__}: {e}")
