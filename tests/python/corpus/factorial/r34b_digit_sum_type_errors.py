# Summing the digits of 50! - my first attempts mix up ints and strings.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    value = await factorial(50)
    attempts = [
        lambda: len(value),
        lambda: sum(str(value)),
        lambda: [d for d in value],
        lambda: sum(int(d) for d in str(value)),
        lambda: "digits: " + len(str(value)),
        lambda: max([]),
    ]
    for i, attempt in enumerate(attempts, 1):
        try:
            print(i, "ok:", attempt())
        except (TypeError, ValueError) as e:
            print(i, type(e).__name__ + ":", e)


asyncio.run(main())
