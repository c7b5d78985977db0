# which functions does a wait_for timeout pass through? extract_tb names
import asyncio
import traceback

async def worker():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait_for(worker(), 0.02)
    except TimeoutError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print('frames:', names)
        print('cause:', type(e.__cause__).__name__, 'context:', type(e.__context__).__name__)

asyncio.run(main())
