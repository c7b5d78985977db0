# money amounts as Decimals, read from a form with a comma
from decimal import Decimal

amounts = ["19.99", "5", "1,50"]
total = Decimal("0")
for a in amounts:
    total += Decimal(a)
    print("running total", total)
