# decimal for money: exact sums, quantize with rounding modes, and the float-construction trap
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, InvalidOperation

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
price = Decimal("19.99")
qty = 3
tax = Decimal("0.0825")
subtotal = price * qty
total = subtotal * (1 + tax)
print(subtotal, total, total.quantize(Decimal("0.01")))
for v in ["2.345", "2.355", "-2.345"]:
    d = Decimal(v)
    print(v, d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.30") * 2)
print(Decimal("3.14").as_tuple(), Decimal("-0"), Decimal("1E+3") + 0, Decimal("NaN").is_nan())
print(sum([Decimal("0.10")] * 3), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(f"{Decimal('1234.5'):,.2f}", Decimal(10) ** -2, int(Decimal("7.9")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
Decimal(1) / 0
