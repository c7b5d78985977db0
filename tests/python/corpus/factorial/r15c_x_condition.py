# an asyncio.Condition: a printer waits until the factorials are ready
import asyncio

results = {}

async def factorial(n, cond):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.1 * n)
    async with cond:
        results[n] = f
        cond.notify_all()

async def printer(cond, expected):
    async with cond:
        await cond.wait_for(lambda: len(results) == expected)
        print("all ready:", sorted(results.items()))

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(printer(cond, 3), *(factorial(n, cond) for n in (3, 1, 2)))

asyncio.run(main())
