# test_tasks: test_wait_first_completed / first_exception / all_completed
import asyncio

async def val(d, v):
    await asyncio.sleep(d)
    return v

async def err(d):
    await asyncio.sleep(d)
    raise ZeroDivisionError

async def main():
    for rw in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        a = asyncio.create_task(val(0.05, "a"), name="a")
        b = asyncio.create_task(err(0.15), name="b")
        c = asyncio.create_task(val(0.25, "c"), name="c")
        done, pending = await asyncio.wait([a, b, c], return_when=rw)
        print(rw, sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
        for t in pending:
            t.cancel()
        await asyncio.wait([a, b, c])
        if not b.cancelled():
            b.exception()

asyncio.run(main())
