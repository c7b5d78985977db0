# Mistake: queue.Queue.get() inside a coroutine blocks the event loop
import asyncio, threading, queue, time
async def ticker(log):
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0.1)
async def main():
    q = queue.Queue()
    t = threading.Thread(target=lambda: (time.sleep(0.25), q.put("item")))
    t.start()
    log = []
    async def getter():
        log.append(q.get())
    await asyncio.gather(getter(), ticker(log))
    print(log)
    t.join()
asyncio.run(main())
