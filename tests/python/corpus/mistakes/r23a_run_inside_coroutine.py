import asyncio

async def helper():
    await asyncio.sleep(0)
    return "help"

async def main():
    print("main started")
    value = asyncio.run(helper())
    print(value)

asyncio.run(main())
