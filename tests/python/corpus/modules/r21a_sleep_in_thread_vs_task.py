# time.sleep in threads overlaps; time.sleep in tasks adds up
import asyncio, threading, time
def tjob(): time.sleep(0.15)
async def ajob(): time.sleep(0.15)
t0 = time.monotonic()
ts = [threading.Thread(target=tjob) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
threads_t = time.monotonic() - t0
async def main():
    await asyncio.gather(*(ajob() for _ in range(4)))
t0 = time.monotonic()
asyncio.run(main())
tasks_t = time.monotonic() - t0
print("threads under 0.3s:", threads_t < 0.3)
print("tasks at least 0.6s:", tasks_t >= 0.6)
