# math.prod over a generator, after awaiting once per factor.
import asyncio
import math

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.01)
    return math.prod(i for i in range(1, n + 1))

async def main():
    numbers = [0, 1, 5, 10, 12]
    values = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, v in zip(numbers, values):
        print(f"{n:>3}! = {v:,}")
    print(math.prod([]), math.prod([2, 3], start=10))

asyncio.run(main())
