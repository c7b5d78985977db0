# Counter of the digits of factorials: arithmetic, most_common, total and elements.
import asyncio
from collections import Counter

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

async def main():
    values = await asyncio.gather(*(factorial(n) for n in (10, 15, 20)))
    counters = [Counter(str(v)) for v in values]
    for v, c in zip(values, counters):
        print(v, c.most_common(3))
    total = sum(counters, Counter())
    print(sorted(total.items()))
    print(total.total(), total.most_common(1), total["7"], total["x"])
    diff = counters[2] - counters[0]
    print(sorted(diff.items()))
    print(sorted((counters[0] & counters[1]).items()))
    print(sorted((counters[0] | counters[1]).elements())[:12])
    c = Counter(a=3, b=1)
    c.subtract(a=5, c=2)
    print(c, +c, -c)
    c.update("aab")
    print(c, c == Counter(a=0, b=3, c=-2), Counter("abc") < Counter("aabbc"))

asyncio.run(main())
