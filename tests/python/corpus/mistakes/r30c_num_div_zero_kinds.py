# The different messages for dividing by zero.
from decimal import Decimal
cases = ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0", "1 % 0.0", "divmod(1, 0)",
         "divmod(1.0, 0)", "0 ** -1", "0.0 ** -1", "pow(0, -2)", "2 ** -1"]
for c in cases:
    try:
        print(c, "=", eval(c))
    except ZeroDivisionError as e:
        print(c, "->", e)
print(Decimal(1) / Decimal(0))
