import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    return "data"


async def main():
    coro = fetch()
    print(await coro)
    print(await coro)


asyncio.run(main())
