# Mistake: a plain for over an async generator.
import asyncio

async def numbers():
    for n in range(3):
        await asyncio.sleep(0.01)
        yield n

async def main():
    for n in numbers():
        print(n)

asyncio.run(main())
