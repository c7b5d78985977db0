# A child's own asyncio.timeout() firing is its TimeoutError: the group collects it like any error
import asyncio

async def limited(n):
    async with asyncio.timeout(0.1 * n):
        await asyncio.sleep(0.25)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(limited(n)) for n in (3, 1, 4)]
    except* TimeoutError as eg:
        print('timeouts', len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
    print([t.result() if not t.cancelled() and t.exception() is None else
           ('cancelled' if t.cancelled() else type(t.exception()).__name__) for t in ts])

asyncio.run(main())
