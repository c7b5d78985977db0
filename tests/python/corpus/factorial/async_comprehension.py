# Factorial exercise: an async generator of results collected with an async comprehension.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def factorials(numbers):
    for n in numbers:
        yield n, await factorial(n)

async def main():
    pairs = [pair async for pair in factorials([5, 7, 3, 6])]
    print(pairs)
    big = {n: f async for n, f in factorials(range(8)) if f > 100}
    print(big)
    print(sorted(pairs, key=lambda p: p[1])[-1])

asyncio.run(main())
