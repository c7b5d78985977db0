# Which digits appear most often in 100!? Count them with collections.Counter after an async compute.
import asyncio
from collections import Counter


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 25 == 0:
            await asyncio.sleep(0.01)
    return result


async def main():
    value = await factorial(100)
    digits = Counter(str(value))
    print("digits:", len(str(value)))
    for d, c in digits.most_common(4):
        print(f"  {d!r} appears {c} times")
    print("no sevens?", digits["7"] == 0, "| least common:", digits.most_common()[-1])
    print(sorted(digits.items())[:3])


asyncio.run(main())
