# as_completed with a timeout: take what finished, then catch TimeoutError
import asyncio

async def job(i, d):
    await asyncio.sleep(d)
    return i

async def main():
    coros = [job(1, 0.01), job(2, 0.03), job(3, 1.0)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.1):
            got.append(await fut)
    except TimeoutError:
        print("timed out with", got)

asyncio.run(main())
