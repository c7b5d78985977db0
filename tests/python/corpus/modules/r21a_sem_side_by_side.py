# threading.Semaphore vs asyncio.Semaphore limiting to 2 at a time
import asyncio, threading, time
def t_job(sem, i, log):
    with sem:
        log.append(("start", i)); time.sleep(0.1)
async def a_job(sem, i, log):
    async with sem:
        log.append(("start", i)); await asyncio.sleep(0.1)
tlog = []
tsem = threading.Semaphore(2)
t0 = time.monotonic()
ts = [threading.Thread(target=t_job, args=(tsem, i, tlog)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("threads", len(tlog), round(time.monotonic() - t0, 1))
async def main():
    alog = []
    sem = asyncio.Semaphore(2)
    t0 = time.monotonic()
    await asyncio.gather(*(a_job(sem, i, alog) for i in range(4)))
    print("asyncio", alog, round(time.monotonic() - t0, 1))
asyncio.run(main())
