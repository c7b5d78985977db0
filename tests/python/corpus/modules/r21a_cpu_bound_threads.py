# CPU-bound work with threads still gives the right answers
import threading
from concurrent.futures import ThreadPoolExecutor
def count_primes(lo, hi):
    c = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            c += 1
    return c
chunks = [(i, i + 2500) for i in range(0, 10000, 2500)]
with ThreadPoolExecutor(4) as ex:
    parts = list(ex.map(lambda c: count_primes(*c), chunks))
print(parts, sum(parts))
print(count_primes(0, 10000))
