# Cancel a task before it ever runs; callback sees cancelled().
import asyncio

async def worker():
    print('worker runs?')
    return 1

def cb(t):
    print('callback: cancelled =', t.cancelled())

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(cb)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('state:', t.done(), t.cancelled())
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')

asyncio.run(main())
