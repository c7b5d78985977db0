# math.prod of a range, the empty product being 1
import asyncio
import math

async def factorial(n: int) -> int:
    await asyncio.sleep(0.1)
    return math.prod(range(1, n + 1))

async def main() -> None:
    numbers: list[int] = [0, 1, 2, 8, 13]
    results: list[int] = await asyncio.gather(*map(factorial, numbers))
    for n, r in zip(numbers, results):
        print(f"{n:>3}! = {r:>12,d}")
    print(math.prod([]), math.prod([], start=5))

asyncio.run(main())
