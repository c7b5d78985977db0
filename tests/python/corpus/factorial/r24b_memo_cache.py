import asyncio

cache = {0: 1, 1: 1}

async def factorial(name, n):
    start = max(k for k in cache if k <= n)
    f = cache[start]
    print(f"Task {name}: starting from cached {start}! = {f}")
    for i in range(start + 1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        cache[i] = f
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def main():
    await asyncio.gather(factorial("A", 4), factorial("B", 6))
    await factorial("C", 8)
    await factorial("D", 5)
    print(sorted(cache.items()))

asyncio.run(main())
