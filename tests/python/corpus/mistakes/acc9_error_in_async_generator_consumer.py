# An async generator that raises after yielding twice.
import asyncio

async def readings():
    for value in ("20.5", "21.0", "n/a"):
        await asyncio.sleep(0.1)
        yield float(value)

async def main():
    async for r in readings():
        print(r)

asyncio.run(main())
