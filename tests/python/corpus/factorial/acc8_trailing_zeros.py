# Trailing zeros of n! counted two ways.
import math

def zeros_by_str(n):
    s = str(math.factorial(n))
    return len(s) - len(s.rstrip('0'))

def zeros_by_fives(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count

for n in [5, 10, 25, 100, 125, 1000]:
    print(n, zeros_by_str(n), zeros_by_fives(n))
