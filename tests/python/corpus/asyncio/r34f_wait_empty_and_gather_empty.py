# Edge cases a helper hits with no work: gather() of nothing, wait() of nothing, as_completed([]).
import asyncio

async def run_all(coros):
    return await asyncio.gather(*coros)

async def main():
    print("gather:", await run_all([]))
    print("as_completed:", [await f for f in asyncio.as_completed([])])
    g = asyncio.gather()
    print(g.done(), g.result())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("wait:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(0), timeout=-1)
    except TimeoutError:
        print("negative timeout -> TimeoutError")

asyncio.run(main())
