import asyncio

async def resilient():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('round', i, 'cancelling', me.cancelling(), 'uncancel ->', me.uncancel())
    return 'survived'

async def main():
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t, t.cancelling())

asyncio.run(main())
