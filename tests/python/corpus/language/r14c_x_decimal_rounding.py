# Rounding modes with quantize and round() on Decimals, against float's round half to even.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR

modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]
values = ["2.5", "3.5", "-2.5", "2.675", "1.005", "-0.125"]
print(f"{'value':>7} " + " ".join(f"{m[6:]:>10}" for m in modes))
for v in values:
    d = Decimal(v)
    exp = Decimal("1") if v in ("2.5", "3.5", "-2.5") else Decimal("0.01")
    print(f"{v:>7} " + " ".join(f"{str(d.quantize(exp, rounding=m)):>10}" for m in modes))
print([round(float(v), 2) for v in values])
print([round(Decimal(v), 2) for v in values])
print(round(Decimal("2.5")), round(Decimal("3.5")), round(2.5), round(3.5), type(round(Decimal("1.5"))).__name__)
print(Decimal("7.325").quantize(Decimal("0.01")), Decimal(7.325).quantize(Decimal("0.01")))
print(Decimal("123.456").to_integral_value(), Decimal("-0.5").to_integral_value(rounding=ROUND_HALF_UP))
print(Decimal("1.20") + Decimal("1.3"), Decimal("1.20") * Decimal("1.3"), Decimal("5.000").normalize(), Decimal("100").normalize())
