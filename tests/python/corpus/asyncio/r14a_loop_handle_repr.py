# test_events: the repr of Handle and TimerHandle, pending and cancelled
import asyncio, re

def cb(a, b=None):
    pass

def show(h):
    print(re.sub(r'when=[0-9.]+', 'when=T', re.sub(r' at [^ >]+:\d+', ' at FILE', repr(h))))

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    show(h)
    h.cancel()
    show(h)
    t = loop.call_later(10, cb, 'x', 2)
    show(t)
    t.cancel()
    show(t)
    show(loop.call_soon(print))

asyncio.run(main())
