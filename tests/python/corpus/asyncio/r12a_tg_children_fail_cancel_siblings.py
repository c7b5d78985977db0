# test_taskgroups: test_taskgroup_02/03 -- one child fails, the others are cancelled
import asyncio

async def main():
    seen = []

    async def ok():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            seen.append("ok cancelled")
            raise

    async def bad():
        await asyncio.sleep(0.01)
        1 / 0

    try:
        async with asyncio.TaskGroup() as g:
            t1 = g.create_task(ok())
            t2 = g.create_task(bad())
    except ExceptionGroup as eg:
        print(repr(eg))
        print([type(e).__name__ for e in eg.exceptions])
    print(seen, t1.cancelled(), type(t2.exception()).__name__)

asyncio.run(main())
