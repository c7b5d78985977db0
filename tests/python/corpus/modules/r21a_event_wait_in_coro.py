# Mistake: threading.Event.wait() inside a coroutine blocks the event loop
import asyncio, threading, time
async def ticker(log):
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0.1)
async def main():
    ev = threading.Event()
    threading.Timer(0.25, ev.set).start()
    log = []
    async def waiter():
        ev.wait()
        log.append("event")
    await asyncio.gather(waiter(), ticker(log))
    print(log)
asyncio.run(main())
