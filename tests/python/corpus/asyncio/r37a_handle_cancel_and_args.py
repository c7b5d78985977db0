# Handles returned by call_soon/call_later/call_at: cancel some, check cancelled(), when() differences
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    h1 = loop.call_soon(fired.append, "h1")
    h2 = loop.call_later(0.02, fired.append, "h2")
    h3 = loop.call_at(loop.time() + 0.01, functools.partial(fired.append, "h3"))
    h4 = loop.call_later(0.03, fired.append, "h4")
    h2.cancel()
    print([h.cancelled() for h in (h1, h2, h3, h4)])
    print("h4 after h3:", h4.when() > h3.when())
    print(type(h1).__name__, type(h2).__name__, isinstance(h2, asyncio.Handle))
    await asyncio.sleep(0.1)
    print(fired)
    h4.cancel()
    print("cancel after firing marks it:", h4.cancelled())
    try:
        loop.call_later("soon", print)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
