# Looking inside floats: as_integer_ratio, hex, Decimal of 0.1, and summing money in cents.
from decimal import Decimal
from fractions import Fraction

print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(Decimal(0.1))
print(Decimal("0.1") + Decimal("0.2"), Fraction(1, 10) + Fraction(2, 10), Fraction(0.25))
prices = [19.99, 5.01, 0.1, 0.2]
print(sum(prices), round(sum(prices), 2), sum(round(p * 100) for p in prices) / 100)
print(f"{sum(prices):.2f}", 1.1 * 3, 3.3, 1.1 * 3 == 3.3)
print((2.5).is_integer(), (3.0).is_integer(), float("1e308") * 10, -0.0, 0.0 == -0.0)
print(int("42"), float("  3.14 "), float("-inf"), int(1e20), 2 ** 0.5, 10 ** -2)
print(7 / 2, 7 // 2, 7.0 // 2, divmod(7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(max(0.1, 1e-1), 1e-323, 5e-324 / 2, 1.7976931348623157e308)
