# turning an async generator into a list with list()
import asyncio

async def numbers():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

async def main():
    print(list(numbers()))

asyncio.run(main())
