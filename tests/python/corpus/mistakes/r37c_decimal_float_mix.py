# adding a float tax rate to a Decimal price
from decimal import Decimal

price = Decimal("10.00")
print(price * 2)
tax = 0.2
print(price + price * tax)
