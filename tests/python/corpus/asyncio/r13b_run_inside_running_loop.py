import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return "helper"

async def main():
    result = asyncio.run(helper())
    print(result)

asyncio.run(main())
