# Decimal for money instead of float
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices)
print(total, repr(total), total * 3, total / 3)
cent = Decimal("0.01")
for v in ["2.675", "2.665", "-2.675", "1.005"]:
    d = Decimal(v)
    print(v, d.quantize(cent, ROUND_HALF_UP), d.quantize(cent, ROUND_HALF_EVEN), d.quantize(cent, ROUND_DOWN))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-0.5'):+.3f}", f"{Decimal('1e-7'):f}", str(Decimal("1E+3")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123456789") + 0)
print(Decimal("3.0") == 3, Decimal("0.1") == 0.1, Decimal("1.10") + Decimal("2.205"), Decimal("10") ** 3)
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), -7 // 2, -7 % 2)
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("1.500").normalize(), Decimal("100").normalize())
print(round(Decimal("2.5")), round(Decimal("2.675"), 2), int(Decimal("-3.9")), float(Decimal("0.1")))
try:
    Decimal("1.2.3")
except Exception as e:
    print(type(e).__name__, e)
Decimal("1.5") + 1.5
