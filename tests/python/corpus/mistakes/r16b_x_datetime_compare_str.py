# A date compared with a date written as text
from datetime import date

deadline = date(2024, 5, 1)
print(deadline > "2024-04-01")
