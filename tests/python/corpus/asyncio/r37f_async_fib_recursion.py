# A naive recursive async Fibonacci (many nested coroutines), and one with gather for the two branches
import asyncio

calls = 0

async def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

async def pfib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(pfib(n - 1), pfib(n - 2))
    return a + b

async def main():
    print("fib(18) =", await fib(18), "calls:", calls)
    print("pfib(12) =", await pfib(12))
    print("tasks left:", len(asyncio.all_tasks()))

asyncio.run(main())
