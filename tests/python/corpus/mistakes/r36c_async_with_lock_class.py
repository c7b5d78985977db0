# protecting a counter with asyncio.Lock, but I used the class itself
import asyncio

counter = 0

async def add():
    global counter
    async with asyncio.Lock:
        counter += 1

async def main():
    await asyncio.gather(add(), add())
    print(counter)

asyncio.run(main())
