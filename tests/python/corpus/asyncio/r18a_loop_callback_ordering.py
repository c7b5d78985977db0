# call_soon, call_later and call_at ordering, including callbacks scheduling callbacks
import asyncio

log = []

def cb(name, loop=None):
    log.append(name)
    if loop is not None:
        loop.call_soon(cb, name + '.soon')
        loop.call_later(0, cb, name + '.later0')

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0.02, cb, 'later.02')
    loop.call_at(now + 0.01, cb, 'at.01')
    loop.call_soon(cb, 'soon1', loop)
    h = loop.call_soon(cb, 'soon-cancelled')
    loop.call_later(-1, cb, 'later-negative')
    loop.call_soon(cb, 'soon2')
    h.cancel()
    print('cancelled handle:', h.cancelled())
    th = loop.call_later(0.03, cb, 'never')
    print('timer when > now:', th.when() > now)
    th.cancel()
    await asyncio.sleep(0.05)
    print(log)

asyncio.run(main())
