import asyncio
import functools

calls = 0

async def fib(n, memo={}):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    await asyncio.sleep(0)
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    memo[n] = a + b
    return memo[n]

async def main():
    print(await fib(20), calls)
    try:
        cached = functools.lru_cache(fib)
        c1 = cached(5)
        print(await c1)
        print(await cached(5))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
