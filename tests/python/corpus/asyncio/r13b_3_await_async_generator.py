import asyncio

async def ticks():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

async def main():
    result = await ticks()
    print(result)

asyncio.run(main())
