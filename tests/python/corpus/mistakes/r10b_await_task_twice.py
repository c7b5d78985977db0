# A task awaited twice is fine; then a coroutine awaited twice is not.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    task = asyncio.create_task(worker())
    print(await task)
    print(await task)
    coro = worker()
    print(await coro)
    print(await coro)

asyncio.run(main())
