# Merging result dicts from two batches with | and |=, and dict views.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def batch(numbers):
    return {n: v for n, v in zip(numbers, await asyncio.gather(*map(factorial, numbers)))}


async def main():
    a, b = await asyncio.gather(batch([1, 2, 3]), batch([3, 4]))
    merged = a | b
    print(merged)
    a |= {0: 1}
    print(a, a.keys() & b.keys(), sorted(a.keys() | b.keys()))
    print(list(reversed(merged)), merged.get(9, "missing"), merged.setdefault(5, 120))
    print(max(merged, key=merged.get), {v: k for k, v in merged.items()})
    print(merged[10])


asyncio.run(main())
