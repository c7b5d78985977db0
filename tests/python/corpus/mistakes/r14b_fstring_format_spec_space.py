# Mistake: a space inside an f-string's format spec between the colon and the width (runtime ValueError).
import math

for n in (5, 10, 15):
    print(f'{n:>3}! = {math.factorial(n): >15,}')
for n in (5, 10):
    print(f'{n}! = {math.factorial(n):.2 f}')
