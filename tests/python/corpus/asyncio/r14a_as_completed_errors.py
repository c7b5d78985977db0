# test_tasks: as_completed (a generator) refuses at the first next() a bare future or coroutine, accepts an empty list, dedups futures
import asyncio

async def job():
    return 1

async def main():
    for bad in (job(), asyncio.ensure_future(job())):
        try:
            next(asyncio.as_completed(bad))
        except TypeError as e:
            print('TypeError:', e)
        if asyncio.iscoroutine(bad):
            bad.close()
        else:
            await bad
    print(list(asyncio.as_completed([])))
    t = asyncio.create_task(job())
    its = list(asyncio.as_completed([t, t, t]))
    print(len(its), [await f for f in its])

asyncio.run(main())
