# call_at / call_later / call_soon ordering; TimerHandle.when(); Handle.cancel()
import asyncio

def cb(tag):
    print("cb", tag)

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h1 = loop.call_at(now + 0.3, cb, 'at+0.3')
    h2 = loop.call_later(0.1, cb, 'later 0.1')
    h3 = loop.call_soon(cb, 'soon')
    h4 = loop.call_later(0.2, cb, 'cancelled one')
    h5 = loop.call_later(-1, cb, 'negative delay')
    print(type(h1).__name__, type(h3).__name__)
    print("when matches:", h1.when() == now + 0.3)
    h4.cancel()
    print("h4 cancelled:", h4.cancelled(), "h2:", h2.cancelled())
    h4.cancel()
    await asyncio.sleep(0.5)
    print(h1 < h2, h2 < h1, h1 == h1)
    try:
        loop.call_later(1, 'not callable')
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(cb, 'x', tag='kw')
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
