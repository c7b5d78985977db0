import asyncio

async def main():
    handler = async lambda x: x + 1
    print(await handler(1))

asyncio.run(main())
