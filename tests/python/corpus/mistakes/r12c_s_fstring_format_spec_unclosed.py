# A big factorial printed with a {:,} spec whose brace is left open.
import math

for n in (5, 10, 20):
    print(f"{n}! = {math.factorial(n):,")
