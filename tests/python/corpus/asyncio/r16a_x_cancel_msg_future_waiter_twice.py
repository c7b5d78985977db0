# A task awaiting a bare Future cancelled twice: the Future keeps the first message
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waiter():
        try:
            await fut
        except asyncio.CancelledError as e:
            print('waiter', e.args)
            await asyncio.sleep(0.1)
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.cancel('m1'), t.cancel('m2'), t.cancelling())
    await asyncio.sleep(0.05)
    print(t.cancel('m3'), fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('fut', e.args)
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelling())

asyncio.run(main())
