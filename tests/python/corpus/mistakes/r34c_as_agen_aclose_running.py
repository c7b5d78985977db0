# Closing an async generator from inside its own loop body
import asyncio

async def ticks():
    n = 0
    while True:
        await asyncio.sleep(0.01)
        n += 1
        yield n

async def main():
    gen = ticks()
    async for t in gen:
        print("tick", t)
        if t == 2:
            await gen.aclose()

asyncio.run(main())
