# An exception in a coroutine awaited from main propagates out of asyncio.run as a traceback
import asyncio

async def parse(value):
    await asyncio.sleep(0.01)
    return int(value)

async def main():
    values = ["1", "2", "three"]
    total = 0
    for v in values:
        total += await parse(v)
        print("running total", total)

asyncio.run(main())
