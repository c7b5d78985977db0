# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED with timeout; names sorted
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        ts = [asyncio.create_task(job('a', 0.1), name='a'),
              asyncio.create_task(job('b', 0.2, fail=True), name='b'),
              asyncio.create_task(job('c', 0.3), name='c')]
        done, pending = await asyncio.wait(ts, timeout=0.25, return_when=when)
        print(when, names(done), names(pending))
        for t in pending:
            t.cancel()
        await asyncio.wait(ts)
        print('  exceptions:', [type(t.exception()).__name__ for t in ts if not t.cancelled()])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
