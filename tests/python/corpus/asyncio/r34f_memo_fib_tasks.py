# Memoised async Fibonacci that caches Tasks (not coroutines), so concurrent callers share work.
import asyncio

cache: dict[int, asyncio.Task] = {}
computed = []

async def _fib(n):
    computed.append(n)
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

def fib(n):
    if n not in cache:
        cache[n] = asyncio.ensure_future(_fib(n))
    return cache[n]

async def main():
    print(await fib(30))
    print("computed each n once:", sorted(computed) == list(range(31)))
    print(await asyncio.gather(fib(10), fib(20), fib(30)))
    print(len(cache), "cached tasks, all done:", all(t.done() for t in cache.values()))
    print(f"{await fib(90):,}")

asyncio.run(main())
