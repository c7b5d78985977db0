import asyncio

async def main():
    items = [1, 2, 3]
    async for x in items:
        print(x)

asyncio.run(main())
