# A task calls cancel() on itself and then returns a value: it ends cancelled (test_tasks' test_cancel_at_end).
import asyncio

async def selfish():
    asyncio.current_task().cancel('self')
    return 12

async def selfish_awaits():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('CancelledError at the next await')
        return 'caught and returned'

async def main():
    t = asyncio.create_task(selfish())
    try:
        print(await t)
    except asyncio.CancelledError as e:
        print('cancelled:', t.cancelled(), e.args)
    print('cancel() again:', t.cancel())
    t2 = asyncio.create_task(selfish_awaits())
    print(await t2, t2.cancelled(), t2.cancelling())

asyncio.run(main())
