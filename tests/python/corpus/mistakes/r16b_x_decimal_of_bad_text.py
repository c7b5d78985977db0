# Decimal of text that is not a number
from decimal import Decimal

print(Decimal("19.99") * 3)
print(Decimal("19,99"))
