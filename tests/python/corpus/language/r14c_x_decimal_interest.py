# Compound interest month by month in Decimal, rounded to cents each month, against the float version.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP

principal = Decimal("1000.00")
rate = Decimal("0.05") / 12
balance_d = principal
balance_f = 1000.0
print(f"{'month':>5} {'decimal':>10} {'float':>20}")
for month in range(1, 13):
    interest = (balance_d * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    balance_d += interest
    balance_f += balance_f * 0.05 / 12
    if month % 3 == 0:
        print(f"{month:>5} {balance_d:>10} {balance_f:>20}")
print("difference:", balance_d - Decimal(str(round(balance_f, 2))))
payment = (principal * rate / (1 - (1 + rate) ** -12)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("monthly payment for a 12-month loan:", payment, "total", payment * 12)
