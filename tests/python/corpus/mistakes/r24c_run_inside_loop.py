import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return 42

async def main():
    value = asyncio.run(helper())
    print("got", value)

asyncio.run(main())
