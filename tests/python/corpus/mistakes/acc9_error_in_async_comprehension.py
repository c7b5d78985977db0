# An error inside an async list comprehension.
import asyncio

async def numbers():
    for x in (2, 1, 0):
        await asyncio.sleep(0.1)
        yield x

async def main():
    inverses = [1 / x async for x in numbers()]
    print(inverses)

asyncio.run(main())
