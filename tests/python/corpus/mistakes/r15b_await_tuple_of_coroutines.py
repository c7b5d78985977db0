# Mistake: awaiting a tuple of coroutines as if await ran them all.
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    a, b = await (job(2), job(3))
    print(a + b)

asyncio.run(main())
