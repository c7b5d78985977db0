# the frames of the TimeoutError from as_completed's timeout
import asyncio
import traceback

async def worker(d):
    await asyncio.sleep(d)
    return d

async def main():
    try:
        for f in asyncio.as_completed([worker(0.5)], timeout=0.02):
            await f
    except TimeoutError as e:
        print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

asyncio.run(main())
