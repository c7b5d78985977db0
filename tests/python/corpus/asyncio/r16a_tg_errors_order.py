# TaskGroup collects several errors: the first failure, then errors raised by siblings while cancelled
import asyncio

async def fail_after(d, exc):
    await asyncio.sleep(d)
    raise exc

async def fails_on_cancel(name, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        await asyncio.sleep(d / 10)
        raise ValueError(name)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails_on_cancel('slow cleanup', 3))
            tg.create_task(fail_after(0.1, KeyError('first')))
            tg.create_task(fails_on_cancel('fast cleanup', 1))
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(eg.message)
        print([type(e).__name__ for e in eg.exceptions])
        print([e.args for e in eg.exceptions])

asyncio.run(main())
