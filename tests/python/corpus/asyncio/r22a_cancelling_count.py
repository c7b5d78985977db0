# cancelling() counts cancel requests; uncancel() takes one back.
import asyncio

async def stubborn():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('round', i, 'cancelling =', me.cancelling())
            print('uncancel ->', me.uncancel())
    return 'survived'

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print('after two cancels:', t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print('final cancelling:', t.cancelling(), 'cancelled:', t.cancelled())

asyncio.run(main())
