# Recursive async Fibonacci with a memo dict of tasks (sharing subresults)
import asyncio

memo = {}
calls = 0

async def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    if n not in memo:
        memo[n] = asyncio.ensure_future(_fib(n))
    return await memo[n]

async def _fib(n):
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

async def main():
    print([await fib(i) for i in range(15)])
    print(await fib(60), calls, len(memo))

asyncio.run(main())
