import asyncio

def helper():
    await asyncio.sleep(1)
    return 5

async def main():
    print(helper())

asyncio.run(main())
