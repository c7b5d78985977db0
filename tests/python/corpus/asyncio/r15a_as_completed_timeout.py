# as_completed with a timeout: the ones done in time, then TimeoutError for the rest
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(3), job(1), job(8), job(2)], timeout=0.45):
            got.append(await fut)
    except asyncio.TimeoutError:
        print("timed out with", got)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
