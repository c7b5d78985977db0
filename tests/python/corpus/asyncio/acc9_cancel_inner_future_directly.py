# A task awaits a future; cancelling the future (not the task) cancels the task's await (test_cancel_inner_future).
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print('waiter got CancelledError', e.args)
        return 'recovered'

async def passer(fut):
    await fut

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1))
    await asyncio.sleep(0)
    f1.cancel('future cancelled')
    print(await t1, t1.cancelled())
    f2 = loop.create_future()
    t2 = asyncio.create_task(passer(f2))
    await asyncio.sleep(0)
    f2.cancel()
    await asyncio.sleep(0)
    print('t2 cancelled:', t2.cancelled(), 'cancelling:', t2.cancelling())

asyncio.run(main())
