# frame names of the TimeoutError from async with asyncio.timeout
import asyncio
import traceback

async def worker():
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.timeout(0.02):
            await worker()
    except TimeoutError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
        print(type(e.__context__).__name__)

asyncio.run(main())
