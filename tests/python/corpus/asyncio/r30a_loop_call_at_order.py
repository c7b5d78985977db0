# call_soon, call_later and call_at callbacks in the order the loop runs them
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    start = loop.time()
    loop.call_later(0.1, log.append, "later 0.1")
    loop.call_at(start + 0.05, log.append, "at +0.05")
    loop.call_soon(log.append, "soon 1")
    h = loop.call_later(0.02, log.append, "cancelled")
    loop.call_soon(log.append, "soon 2")
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    await asyncio.sleep(0.2)
    print(log)
    print(isinstance(loop.time(), float), loop.time() - start >= 0.2)

asyncio.run(main())
