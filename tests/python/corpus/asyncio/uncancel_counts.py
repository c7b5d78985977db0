# cancelling() counts cancel() requests not yet taken back; uncancel() takes one back; done tasks keep the count.
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('caught with cancelling =', me.cancelling())
        print('uncancel ->', me.uncancel(), me.uncancel(), 'then cancelling =', me.cancelling())
    await asyncio.sleep(0.01)
    return 'finished anyway'

async def main():
    t = asyncio.create_task(worker())
    print('fresh task cancelling:', t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    t.cancel()
    print('after three cancels:', t.cancelling())
    print(await t, t.cancelled(), t.cancelling())
    me = asyncio.current_task()
    print('main uncancel on zero:', me.uncancel(), me.cancelling())

asyncio.run(main())
