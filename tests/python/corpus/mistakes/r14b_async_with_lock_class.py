# Mistake: async with on the Lock class itself, not on an instance.
import asyncio

counter = 0


async def bump():
    global counter
    async with asyncio.Lock:
        counter += 1


async def main():
    await asyncio.gather(bump(), bump())
    print(counter)


asyncio.run(main())
