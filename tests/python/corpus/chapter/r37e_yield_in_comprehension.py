# tried to yield results from inside a list comprehension in an async generator
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def results():
    [(yield await worker(n)) for n in range(3)]

async def main():
    async for r in results():
        print(r)

asyncio.run(main())
