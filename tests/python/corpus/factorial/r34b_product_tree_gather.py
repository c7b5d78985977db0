# Divide and conquer: split 1..n into halves, multiply each half in its own task, recursively.
import asyncio
import math

calls = 0


async def product(lo, hi):
    """Product of the integers lo..hi inclusive."""
    global calls
    calls += 1
    if hi - lo < 8:
        await asyncio.sleep(0)
        return math.prod(range(lo, hi + 1))
    mid = (lo + hi) // 2
    left, right = await asyncio.gather(product(lo, mid), product(mid + 1, hi))
    return left * right


async def factorial(n):
    return 1 if n < 2 else await product(1, n)


async def main():
    for n in (0, 1, 7, 100, 1000):
        calls_before = calls
        value = await factorial(n)
        print(f"{n}!: ok={value == math.factorial(n)} digits={len(str(value))} calls={calls - calls_before}")
    print("tasks still around:", len(asyncio.all_tasks()))


asyncio.run(main())
