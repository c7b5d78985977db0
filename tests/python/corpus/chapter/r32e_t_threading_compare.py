# the chapter compares asyncio with threading, so I wrote the worker with threads too
import asyncio
import threading
import time

results = []

def thread_worker(n):
    time.sleep(0.05)
    results.append(n * 10)

async def async_worker(n):
    await asyncio.sleep(0.05)
    return n * 10

threads = [threading.Thread(target=thread_worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('threads:', sorted(results))

async def main():
    return await asyncio.gather(*(async_worker(n) for n in range(3)))

print('asyncio:', asyncio.run(main()))
