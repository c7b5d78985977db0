# A task cancelled before its first step never runs its body; its callbacks see it cancelled
import asyncio

started = []

async def body():
    started.append('ran')
    try:
        await asyncio.sleep(1)
    finally:
        started.append('finally')

async def main():
    t = asyncio.create_task(body())
    print('cancel returns', t.cancel())
    print('cancelling', t.cancelling(), 'done', t.done())
    t.add_done_callback(lambda f: print('callback: cancelled', f.cancelled()))
    try:
        await t
    except asyncio.CancelledError as e:
        print('caught', type(e).__name__, e.args)
    print('started', started)
    print('cancel again', t.cancel())
    print('cancelled', t.cancelled())

asyncio.run(main())
