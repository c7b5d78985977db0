# test_tasks: a coroutine that catches CancelledError and returns: the task is not cancelled
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('caught, cancelling =', asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        return 'survived'

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
