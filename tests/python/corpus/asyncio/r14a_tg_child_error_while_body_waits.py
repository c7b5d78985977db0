# test_taskgroups: the body awaiting a long sleep is cancelled when a child fails; code after it never runs
import asyncio

async def fails():
    await asyncio.sleep(0.05)
    1 / 0

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('body cancelled, cancelling =', asyncio.current_task().cancelling())
                raise
    except* ZeroDivisionError as eg:
        print('ZeroDivisionError in group:', eg.exceptions[0])
    print('cancelling after =', asyncio.current_task().cancelling())

asyncio.run(main())
