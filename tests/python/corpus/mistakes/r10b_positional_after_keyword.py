# create_task(name=..., coro): positional after keyword.
import asyncio

async def worker():
    return 42

async def main():
    t = asyncio.create_task(name='w', worker())
    print(await t)

asyncio.run(main())
