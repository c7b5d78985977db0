# the frame names in the traceback of an error coming out of gather
import asyncio
import traceback

async def inner(n):
    return 1 / n

async def worker(n):
    await asyncio.sleep(0.01)
    return await inner(n)

async def main():
    try:
        await asyncio.gather(worker(1), worker(0))
    except ZeroDivisionError as e:
        for fs in traceback.extract_tb(e.__traceback__):
            print(fs.name, fs.line)

asyncio.run(main())
