# Mistake: gather() without await, its result indexed as if it were a list.
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    results = asyncio.gather(square(2), square(3))
    print('first:', results[0])

asyncio.run(main())
