# StopIteration inside coroutine becomes RuntimeError
import asyncio

async def get(it):
    await asyncio.sleep(0)
    return next(it)

async def main():
    print(await get(iter([5])))
    print(await get(iter([])))

asyncio.run(main())
