# I thought except Exception would catch the cancellation in my worker
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('worker caught', type(e).__name__)
        return 'recovered'
    finally:
        print('worker finally')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print('main: worker was cancelled, cancelled() =', t.cancelled())
    print('CancelledError bases:', asyncio.CancelledError.__mro__[1].__name__)

asyncio.run(main())
