# call_soon callbacks run in FIFO order, after the current step, with their arguments
import asyncio

def cb(tag, *extra):
    print("callback", tag, extra)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2, "x", "y")
    h = loop.call_soon(cb, 3)
    loop.call_soon(print, "plain print via call_soon")
    h.cancel()
    print("scheduled; cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("after one sleep(0)")

asyncio.run(main())
