# The same coroutine object gathered twice.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    c = worker()
    print(await asyncio.gather(c, c))

asyncio.run(main())
