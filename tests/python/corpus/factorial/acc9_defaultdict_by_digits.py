# Grouping factorials by their number of digits with defaultdict(list) and defaultdict(int).
import asyncio
from collections import defaultdict

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return n, r

async def main():
    pairs = await asyncio.gather(*(factorial(n) for n in range(1, 16)))
    by_digits = defaultdict(list)
    counts = defaultdict(int)
    for n, v in pairs:
        by_digits[len(str(v))].append(n)
        counts[str(v)[0]] += 1
    print(dict(by_digits))
    print(sorted(counts.items()))
    print(by_digits[99], 99 in by_digits, len(by_digits))
    print(repr(defaultdict(int, {"a": 1}))[:40])
    nested = defaultdict(lambda: defaultdict(int))
    for n, v in pairs:
        nested[n % 3][len(str(v)) % 2] += 1
    print({k: dict(v) for k, v in sorted(nested.items())})
    plain = defaultdict(None)
    try:
        plain["x"]
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
