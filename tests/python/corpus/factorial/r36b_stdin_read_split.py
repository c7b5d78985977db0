# Read all numbers from stdin at once, skip junk, and compute with as_completed ordered by size.
import asyncio
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.05 * n)
    return n, r


async def main():
    tokens = sys.stdin.read().split()
    print("tokens:", tokens)
    numbers = []
    for t in tokens:
        if t.lstrip("-").isdigit():
            numbers.append(int(t))
        else:
            print(f"ignoring {t!r}", file=sys.stderr)
    numbers = [n for n in numbers if n >= 0]
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, r = await coro
        print(f"{n}! = {r:,}")


asyncio.run(main())
