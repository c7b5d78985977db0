# cancelling() counts requests; uncancel() after catching lets a later sleep finish.
import asyncio

async def resilient():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cancelling() =', me.cancelling())
        print('uncancel() ->', me.uncancel())
    await asyncio.sleep(0.01)
    return 'recovered'

async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
