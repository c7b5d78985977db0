import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 7

async def main():
    c = compute()
    print(await c)
    print(await c)

asyncio.run(main())
