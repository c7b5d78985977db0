# test_tasks: cancelling() and uncancel() count requests; a cancel caught and uncancelled lets later sleeps run
import asyncio

async def body():
    me = asyncio.current_task()
    for round in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('round', round, 'cancelling', me.cancelling(), '-> uncancel', me.uncancel())
    return 'finished'

async def main():
    t = asyncio.create_task(body())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    print(await t, t.cancelling())

asyncio.run(main())
