# an async generator of readings consumed by a normal for loop
import asyncio

async def readings():
    for v in (20.5, 21.0, 19.8):
        await asyncio.sleep(0.01)
        yield v

async def main():
    total = 0
    for r in readings():
        total += r
    print(total)

asyncio.run(main())
