# An error inside an async list comprehension over an async generator: the traceback
import asyncio

async def readings():
    for raw in ["10", "20", "x", "40"]:
        await asyncio.sleep(0)
        yield raw

async def main():
    values = [int(r) async for r in readings()]
    print(values)

asyncio.run(main())
