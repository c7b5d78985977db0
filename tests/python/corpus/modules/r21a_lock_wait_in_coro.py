# Mistake: blocking on a threading.Lock held by a thread, inside a coroutine
import asyncio, threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.25)
async def ticker(log):
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0.1)
async def main():
    t = threading.Thread(target=holder)
    t.start()
    time.sleep(0.05)
    log = []
    async def grab():
        with lock:
            log.append("locked")
    await asyncio.gather(grab(), ticker(log))
    print(log)
    t.join()
asyncio.run(main())
