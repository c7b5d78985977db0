# a worker raises SystemExit inside a TaskGroup, what comes out?
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 1:
        raise SystemExit(3)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(worker(n))
    except BaseException as e:
        print('caught', type(e).__name__, repr(e))
        raise

asyncio.run(main())
print('not reached')
