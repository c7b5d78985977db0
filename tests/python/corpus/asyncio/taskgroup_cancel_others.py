# TaskGroup: one child's error cancels its siblings and the body; the errors come out as an ExceptionGroup.
import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def bad(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('fast', 0.01))
            tg.create_task(ok('slow', 1))
            tg.create_task(bad(0.05, ValueError('one')))
            tg.create_task(bad(0.05, TypeError('two')))
            await asyncio.sleep(1)
            print('body not reached')
    except* ValueError as eg:
        print('ValueErrors:', eg.exceptions)
    except* TypeError as eg:
        print('TypeErrors:', eg.exceptions)

asyncio.run(main())
