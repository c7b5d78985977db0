# An exception inside an async generator escapes the async for loop with a traceback
import asyncio

async def readings():
    for raw in ["3", "5", "x", "7"]:
        await asyncio.sleep(0)
        yield int(raw)

async def main():
    total = 0
    async for r in readings():
        total += r
        print("running total", total)

asyncio.run(main())
