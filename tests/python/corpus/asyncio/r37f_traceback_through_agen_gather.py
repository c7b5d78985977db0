# An error deep in an async generator consumed in a task under gather: the full traceback, uncaught
import asyncio

async def readings(sensor):
    for raw in ("21.5", "22.0", "n/a"):
        await asyncio.sleep(0.01)
        yield float(raw)

async def average(sensor):
    vals = [v async for v in readings(sensor)]
    return sum(vals) / len(vals)

async def main():
    results = await asyncio.gather(average("kitchen"), average("garage"))
    print(results)

asyncio.run(main())
