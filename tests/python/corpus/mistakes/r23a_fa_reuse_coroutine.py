import asyncio

async def fetch():
    await asyncio.sleep(0)
    return "data"

async def main():
    coro = fetch()
    first = await coro
    print("first:", first)
    second = await coro
    print("second:", second)

asyncio.run(main())
