# async for over a coroutine that returns a list.
import asyncio

async def fetch_all():
    await asyncio.sleep(0.1)
    return [1, 2, 3]

async def main():
    async for item in fetch_all():
        print(item)

asyncio.run(main())
