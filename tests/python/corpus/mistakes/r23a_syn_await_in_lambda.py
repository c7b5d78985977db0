import asyncio

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    fetch = lambda x: await double(x)
    print(await fetch(4))

asyncio.run(main())
