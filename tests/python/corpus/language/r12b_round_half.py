for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x), type(round(x)).__name__)
for x in [2.675, 1.005, 0.045, 1.25, 1.35, 2.5, 1234.5678]:
    print(x, round(x, 2), round(x, 1), round(x, 0), round(x, -1))
print(round(1234567, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), type(round(5, 2)).__name__, round(5.0, None))
from decimal import Decimal
print(Decimal(2.675))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(round(float("inf")))
