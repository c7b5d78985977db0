# Which digits appear most in 50!, 100! and 150!? Counter.most_common for each.
import asyncio
import math
from collections import Counter


async def digit_counts(n):
    await asyncio.sleep(0.01)
    return n, Counter(str(math.factorial(n)))


async def main():
    for n, counts in await asyncio.gather(*(digit_counts(n) for n in (50, 100, 150))):
        top = counts.most_common(3)
        print(f"{n}!: top digits {top}, zeros={counts['0']}, missing 'x'={counts['x']}")
    total = sum((c for _, c in [await digit_counts(20), await digit_counts(21)]), Counter())
    print(sorted(total.items()))


asyncio.run(main())
