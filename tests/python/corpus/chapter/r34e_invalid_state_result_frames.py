# calling result() on a task that is still running, and where that error comes from
import asyncio
import traceback

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def main():
    t = asyncio.create_task(worker())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
        print('frames:', [f.name for f in traceback.extract_tb(e.__traceback__)])
    print(await t)

asyncio.run(main())
