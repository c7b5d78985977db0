# Mistake: an async generator fails half-way; the traceback runs through async for.
import asyncio

async def readings(values):
    for v in values:
        await asyncio.sleep(0.01)
        yield 100 / v

async def main():
    total = 0
    async for r in readings([4, 5, 0, 2]):
        total += r
        print(f"got {r:.1f}, total {total:.1f}")

asyncio.run(main())
