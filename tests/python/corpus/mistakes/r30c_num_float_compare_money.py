# Comparing float money sums with == and formatting them.
total = 0.1 + 0.2
print(total, total == 0.3, round(total, 2) == 0.3)
price = 2.675
print(round(price, 2), f"{price:.2f}", f"{2.665:.2f}")
cents = int(19.99 * 100)
print(cents)
print(sum([0.1] * 10) == 1.0, sum([0.1] * 10))
import math
print(math.isclose(total, 0.3), math.fsum([0.1] * 10))
