# Mistakes with decimal, fractions and statistics in a budget script
from decimal import Decimal
from fractions import Fraction
import statistics

for make in (lambda: Decimal("1.2.3"), lambda: Decimal(1) / Decimal(0),
             lambda: Fraction(1, 0), lambda: Fraction("3/x"),
             lambda: statistics.mean([]), lambda: statistics.stdev([5]),
             lambda: Decimal("0.1") + 0.2):
    try:
        print(make())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
costs = [Decimal("9.99"), Decimal("5.01")]
print(sum(costs), statistics.mean(costs))
print(Decimal("19.99") * 1.1)
