import asyncio

async def ticker():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def main():
    for tick in ticker():
        print("tick", tick)

asyncio.run(main())
