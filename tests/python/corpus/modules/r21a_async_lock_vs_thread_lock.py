# asyncio.Lock vs threading.Lock protecting a counter with a yield in between
import asyncio, threading
count = 0
async def inc(lock):
    global count
    async with lock:
        v = count
        await asyncio.sleep(0)
        count = v + 1
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(inc(lock) for _ in range(50)))
    print("asyncio count:", count, lock.locked())
asyncio.run(main())
tcount = 0
tl = threading.Lock()
def tinc():
    global tcount
    for _ in range(1000):
        with tl:
            tcount += 1
ts = [threading.Thread(target=tinc) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("thread count:", tcount)
