# a threading.Lock protecting a counter, next to asyncio's Lock version
import asyncio
import threading

counter = 0
lock = threading.Lock()

def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print('thread counter:', counter)

async def abump(alock, times):
    global counter
    for _ in range(times):
        async with alock:
            counter += 1
            await asyncio.sleep(0)

async def main():
    alock = asyncio.Lock()
    await asyncio.gather(*(abump(alock, 50) for _ in range(4)))

asyncio.run(main())
print('after asyncio:', counter)
