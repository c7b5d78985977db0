import asyncio

def cb(label, log):
    log.append(label)
    print("callback", label)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.03, cb, "later-0.03", log)
    loop.call_soon(cb, "soon-1", log)
    loop.call_at(loop.time() + 0.01, cb, "at+0.01", log)
    h = loop.call_later(0.02, cb, "cancelled", log)
    loop.call_soon(cb, "soon-2", log)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.05)
    print(log)

asyncio.run(main())
