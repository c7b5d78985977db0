# Plain for over an async generator.
import asyncio

async def ticks():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

async def main():
    for t in ticks():
        print(t)

asyncio.run(main())
