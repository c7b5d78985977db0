# The same coroutine object awaited twice.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def main():
    c = worker()
    print(await c)
    print(await c)

asyncio.run(main())
