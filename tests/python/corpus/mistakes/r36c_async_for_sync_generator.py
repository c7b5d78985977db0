# looping over a plain generator with async for because main is async
import asyncio

def ticks(n):
    for i in range(n):
        yield i

async def main():
    async for t in ticks(3):
        await asyncio.sleep(0.01)
        print("tick", t)

asyncio.run(main())
