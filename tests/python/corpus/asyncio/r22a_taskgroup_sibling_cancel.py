# One failing child cancels its siblings; the error arrives in an ExceptionGroup.
import asyncio

status = {}

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f'{name} failed')
        status[name] = 'finished'
    except asyncio.CancelledError:
        status[name] = 'cancelled'
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('fast', 0.01))
            tg.create_task(child('bad', 0.05, fail=True))
            tg.create_task(child('slow', 1))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.message, [repr(e) for e in eg.exceptions])
    print(sorted(status.items()))

asyncio.run(main())
