# Count how often each digit appears in 500! (collections.Counter, printed sorted).
import asyncio
from collections import Counter


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 100 == 0:
            await asyncio.sleep(0.01)
    return result


async def main():
    f = await factorial(500)
    digits = str(f)
    counts = Counter(digits)
    for d, c in sorted(counts.items()):
        print(d, c, "*" * (c // 20))
    print("most common:", counts.most_common(2))
    print("digit sum:", sum(map(int, digits)))
    print("trailing zeros:", len(digits) - len(digits.rstrip("0")))


asyncio.run(main())
