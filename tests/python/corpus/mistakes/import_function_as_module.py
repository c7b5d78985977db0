import math.factorial

for n in range(5):
    print(n, math.factorial(n))
