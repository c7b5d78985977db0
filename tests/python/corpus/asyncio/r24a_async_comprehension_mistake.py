import asyncio

async def numbers():
    for i in range(3):
        yield i

async def main():
    result = [x for x in numbers()]
    print(result)

asyncio.run(main())
