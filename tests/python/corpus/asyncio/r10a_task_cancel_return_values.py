import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    print('before start', t.cancel(), t.cancelling())
    print('again', t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    print('after done', t.cancel())
    done = asyncio.create_task(asyncio.sleep(0))
    await done
    print('finished task cancel()', done.cancel())

asyncio.run(main())
