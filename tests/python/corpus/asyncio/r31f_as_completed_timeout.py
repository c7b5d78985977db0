# as_completed with a timeout: results as they arrive, then TimeoutError for the slow one
import asyncio

async def fetch(n, d):
    await asyncio.sleep(d)
    return f"page{n}"

async def main():
    coros = [fetch(1, 0.05), fetch(2, 0.5), fetch(3, 0.15)]
    try:
        for fut in asyncio.as_completed(coros, timeout=0.3):
            print(await fut)
    except asyncio.TimeoutError:
        print("some pages were too slow")
    print("remaining tasks:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
