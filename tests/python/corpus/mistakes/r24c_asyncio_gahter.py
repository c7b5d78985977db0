import asyncio

async def one():
    await asyncio.sleep(0.01)
    return 1

async def main():
    results = await asyncio.gahter(one(), one())
    print(results)

asyncio.run(main())
