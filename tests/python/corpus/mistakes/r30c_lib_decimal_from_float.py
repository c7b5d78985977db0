# Decimal built from a float surprises, then mixed with float.
from decimal import Decimal
print(Decimal(0.1))
print(Decimal("0.1") + Decimal("0.2"))
print(Decimal("1.5") + 0.5)
