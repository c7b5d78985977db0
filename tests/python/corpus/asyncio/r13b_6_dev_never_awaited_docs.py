import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
