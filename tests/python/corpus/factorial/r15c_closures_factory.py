# a factory of coroutine functions with different delays (closures)
import asyncio

def make_factorial(delay):
    async def factorial(n):
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(delay)
            result *= i
        return f"{n}! = {result} (delay {delay})"
    return factorial

async def main():
    slow, fast = make_factorial(0.2), make_factorial(0.02)
    for coro in asyncio.as_completed([slow(3), fast(4), slow(2)]):
        print(await coro)

asyncio.run(main())
