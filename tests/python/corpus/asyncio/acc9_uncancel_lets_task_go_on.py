# A task that catches cancellation and calls uncancel() can be cancelled again later; cancelling() counts.
import asyncio

async def resilient():
    me = asyncio.current_task()
    for round in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print('round', round, 'cancelled', e.args, 'cancelling', me.cancelling())
            print('uncancel ->', me.uncancel())
    return 'survived'

async def main():
    t = asyncio.create_task(resilient())
    for msg in ('one', 'two', 'three'):
        await asyncio.sleep(0.01)
        t.cancel(msg)
    print(await t, t.cancelled(), t.cancelling())
    print('uncancel below zero ->', t.uncancel(), t.uncancel())

asyncio.run(main())
