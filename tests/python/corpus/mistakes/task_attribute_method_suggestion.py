import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    item = await q.get_nowiat()
    print(item)

asyncio.run(main())
