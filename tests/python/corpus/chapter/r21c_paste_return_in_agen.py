# return with a value in an async generator.
import asyncio

async def numbers():
    for i in range(3):
        yield i
    return 'done'

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
