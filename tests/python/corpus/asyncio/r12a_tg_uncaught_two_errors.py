# test_taskgroups: two children fail; the ExceptionGroup reaches asyncio.run
import asyncio

async def fail(n, exc):
    await asyncio.sleep(0.01 * n)
    raise exc

async def main():
    async with asyncio.TaskGroup() as g:
        g.create_task(fail(1, KeyError("a")))
        g.create_task(fail(1, ValueError("b")))
        g.create_task(asyncio.sleep(0.5))

asyncio.run(main())
