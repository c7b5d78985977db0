# compound interest table with floats and rounding per period
principal = 1000.0
rate = 0.05
print(f"{'year':>4} {'balance':>12} {'rounded':>12} {'interest':>10}")
balance = principal
rounded = principal
for year in range(1, 11):
    interest = balance * rate
    balance += interest
    rounded = round(rounded * (1 + rate), 2)
    print(f"{year:>4} {balance:>12,.4f} {rounded:>12,.2f} {interest:>10.2f}")
print(principal * (1 + rate) ** 10, principal * 1.05 ** 10 == balance, abs(balance - principal * 1.05 ** 10) < 1e-9)
monthly = principal * (1 + rate / 12) ** 120
print(f"{monthly:.6f}", round(monthly, 2), f"{monthly - balance:+.2f}")
import math
years_to_double = math.log(2) / math.log(1 + rate)
print(f"{years_to_double:.3f}", math.ceil(years_to_double), 72 / 5, round(72 / 5))
print(f"{1e6 * (1.07 ** 30):,.0f}", f"{1e6 * (1.07 ** 30):.3e}", int(1e6 * 1.07 ** 30))
