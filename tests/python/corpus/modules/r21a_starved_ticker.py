# A task using time.sleep starves a ticker; to_thread fixes it
import asyncio, time
async def ticker(log, n):
    for i in range(n):
        log.append(round(time.monotonic() - START, 1))
        await asyncio.sleep(0.1)
async def blocking():
    time.sleep(0.3)
async def offloaded():
    await asyncio.to_thread(time.sleep, 0.3)
async def main():
    global START
    START = time.monotonic()
    log = []
    await asyncio.gather(blocking(), ticker(log, 3))
    print("blocked ticker times:", log[0] >= 0.3, len(log))
    START = time.monotonic()
    log = []
    await asyncio.gather(offloaded(), ticker(log, 3))
    print("free ticker times:", log)
asyncio.run(main())
