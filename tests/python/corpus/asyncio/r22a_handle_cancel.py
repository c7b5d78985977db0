# A cancelled handle never runs; cancel() is idempotent.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    ran = []
    h = loop.call_soon(ran.append, 'soon')
    t = loop.call_later(0.01, ran.append, 'later')
    keep = loop.call_later(0.02, ran.append, 'kept')
    print(h.cancelled(), t.cancelled())
    h.cancel()
    t.cancel()
    t.cancel()
    print(h.cancelled(), t.cancelled(), keep.cancelled())
    await asyncio.sleep(0.05)
    print(ran)
    keep.cancel()
    print('cancel after it ran:', keep.cancelled())

asyncio.run(main())
# (end of the program)
