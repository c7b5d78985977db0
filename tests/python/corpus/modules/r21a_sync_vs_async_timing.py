# Sequential vs threaded vs asyncio timing for three 0.2 s waits
import asyncio, threading, time
def fetch(i): time.sleep(0.2)
async def afetch(i): await asyncio.sleep(0.2)
t0 = time.perf_counter()
for i in range(3): fetch(i)
seq = time.perf_counter() - t0
t0 = time.perf_counter()
ts = [threading.Thread(target=fetch, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
thr = time.perf_counter() - t0
async def main():
    await asyncio.gather(*(afetch(i) for i in range(3)))
t0 = time.perf_counter()
asyncio.run(main())
asy = time.perf_counter() - t0
print(f"sequential {seq:.1f}s")
print(f"threads    {thr:.1f}s")
print(f"asyncio    {asy:.1f}s")
print(seq > thr, seq > asy)
