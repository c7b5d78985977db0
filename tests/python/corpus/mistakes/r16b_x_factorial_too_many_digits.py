# Printing a huge factorial: CPython 3.11 refuses int-to-str past 4300 digits
import math

for n in (10, 100, 2000):
    f = math.factorial(n)
    print(n, "has", len(str(f)) if n < 1000 else "many", "digits")
print(math.factorial(2000))
