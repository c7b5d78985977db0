# cancelling() counts cancel() requests; uncancel() brings it down
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print('caught', i, 'cancelling =', me.cancelling())
            print('uncancel ->', me.uncancel())
    return 'survived'

async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t, t.cancelling())

asyncio.run(main())
