import asyncio

async def get_limit():
    await asyncio.sleep(0)
    return 4

async def main():
    for i in range(get_limit()):
        print(i)

asyncio.run(main())
