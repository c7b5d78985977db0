# Using a for loop over an async generator.
import asyncio

async def numbers():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

async def main():
    for n in numbers():
        print(n)

asyncio.run(main())
