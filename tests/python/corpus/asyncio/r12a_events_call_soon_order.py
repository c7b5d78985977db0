# test_events: test_call_soon / handles run in FIFO order, cancelled ones skipped
import asyncio

def cb(tag, *args):
    print("callback", tag, args)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, 1, "a")
    h2 = loop.call_soon(cb, 2)
    h3 = loop.call_soon(cb, 3, "x", "y")
    h2.cancel()
    print("h2 cancelled:", h2.cancelled(), "h1:", h1.cancelled())
    print(type(h1).__name__)
    await asyncio.sleep(0)
    print("after one step")
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
