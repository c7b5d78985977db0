# A TaskGroup inside asyncio.timeout: a child fails before the deadline; the timeout never fires.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise OSError('early')

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow cancelled by the group')
        raise

async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fails())
                tg.create_task(slow())
    except* OSError as eg:
        print('OSError group:', [str(e) for e in eg.exceptions])
    except* TimeoutError:
        print('TimeoutError (wrong)')
    print('expired:', cm.expired(), 'cancelling:', asyncio.current_task().cancelling())

asyncio.run(main())
