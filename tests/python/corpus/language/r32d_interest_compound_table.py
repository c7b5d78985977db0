# Compound interest table with floats versus Decimal, rounding to cents, and a rule-of-72 check
from decimal import Decimal, ROUND_HALF_EVEN
import math

principal, rate = 1000, 0.05
print(f"{'year':>4} {'float':>12} {'decimal':>12} {'diff':>8}")
d_bal = Decimal(principal)
f_bal = float(principal)
for year in range(1, 11):
    f_bal *= 1 + rate
    d_bal = (d_bal * Decimal("1.05")).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
    if year in (1, 2, 5, 10):
        print(f"{year:>4} {f_bal:>12.4f} {d_bal:>12} {float(d_bal) - f_bal:>8.4f}")
years_to_double = math.log(2) / math.log(1 + rate)
print(f"doubling: {years_to_double:.2f} years, rule of 72 says {72 / (rate * 100):.1f}")
print(round(principal * math.e ** (rate * 10), 2), f"{principal * (1 + rate / 12) ** 120:,.2f}")
monthly = principal * (rate / 12) / (1 - (1 + rate / 12) ** -12)
print(f"monthly payment for a 1-year loan: {monthly:.2f}", round(monthly * 12 - principal, 2))
