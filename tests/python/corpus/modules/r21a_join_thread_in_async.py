# Joining a thread from a coroutine: t.join() blocks, to_thread(t.join) does not
import asyncio, threading, time
async def ticker(log):
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0.1)
async def main():
    log = []
    t = threading.Thread(target=time.sleep, args=(0.25,))
    t.start()
    await asyncio.gather(asyncio.to_thread(t.join), ticker(log))
    print("non-blocking join:", log)
    log.clear()
    t = threading.Thread(target=time.sleep, args=(0.25,))
    t.start()
    async def blocking_join():
        t.join()
        log.append("joined")
    await asyncio.gather(blocking_join(), ticker(log))
    print("blocking join:", log)
asyncio.run(main())
