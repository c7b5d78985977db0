# test_tasks test_cancel_at_end: a task that cancels itself and then returns ends cancelled
import asyncio

async def body():
    asyncio.current_task().cancel()
    return 12

async def main():
    t = asyncio.create_task(body())
    try:
        print(await t)
    except asyncio.CancelledError:
        print('CancelledError', t.done(), t.cancelled(), t.cancel())

asyncio.run(main())
