# A child fails while the group's parent is being cancelled: the ExceptionGroup wins over CancelledError
import asyncio

async def bad():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        raise ValueError('failed while cancelled')

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except ExceptionGroup as eg:
        print('group of', [str(e) for e in eg.exceptions])
    except asyncio.CancelledError:
        print('plain CancelledError')
    print('cancelled()', t.cancelled())

asyncio.run(main())
