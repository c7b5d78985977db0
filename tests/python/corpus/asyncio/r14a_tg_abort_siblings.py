# test_taskgroups: one child's error cancels its siblings and the body; the group raises ExceptionGroup
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError('child failed')

cancelled = []

async def long(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long('sib1'))
            tg.create_task(fails())
            tg.create_task(long('sib2'))
            await asyncio.sleep(5)
            print('not reached')
    except* ValueError as eg:
        print('cancelled:', sorted(cancelled))
        print('caught', repr(eg), [repr(e) for e in eg.exceptions])

asyncio.run(main())
