# A failing task cancels its TaskGroup's other tasks; the errors come as an ExceptionGroup.
import asyncio

async def ok(delay):
    try:
        await asyncio.sleep(delay)
        print('ok finished', delay)
    except asyncio.CancelledError:
        print('ok cancelled', delay)
        raise

async def bad(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.05))
            tg.create_task(bad(0.1, ValueError('bad value')))
            tg.create_task(ok(1))
    except* ValueError as eg:
        print('caught', type(eg).__name__, eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0, KeyError('k')))
            tg.create_task(bad(0, TypeError('t')))
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0.1, RuntimeError('uncaught in a group')))

asyncio.run(main())
