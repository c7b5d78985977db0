# Awaiting things that are not awaitable: None, an int, a plain generator
import asyncio

def gen():
    yield 1

async def main():
    for thing in (None, 5, gen(), [asyncio.sleep(0)]):
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    await asyncio.sleep(0)
    await len

asyncio.run(main())
