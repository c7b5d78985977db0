# call_soon callbacks run in FIFO order, before tasks scheduled later; handles can be cancelled
import asyncio

def cb(tag, log):
    log.append(tag)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(cb, "first", log)
    h = loop.call_soon(cb, "second", log)
    loop.call_soon(cb, "third", log)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print(log)

asyncio.run(main())
