# Mistake: unpacking three results into two names.
import asyncio

async def double(n):
    await asyncio.sleep(0.01)
    return n * 2

async def main():
    a, b = await asyncio.gather(double(1), double(2), double(3))
    print(a, b)

asyncio.run(main())
