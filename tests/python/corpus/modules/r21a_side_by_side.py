# Same download job written with threads and with asyncio
import threading, asyncio, time
def download_t(name, d, out):
    time.sleep(d)
    out.append(name)
async def download_a(name, d, out):
    await asyncio.sleep(d)
    out.append(name)
jobs = [("a", 0.3), ("b", 0.1), ("c", 0.2)]
out_t = []
ts = [threading.Thread(target=download_t, args=(n, d, out_t)) for n, d in jobs]
t0 = time.monotonic()
for t in ts: t.start()
for t in ts: t.join()
print("threads:", out_t, round(time.monotonic() - t0, 1))
out_a = []
async def main():
    await asyncio.gather(*(download_a(n, d, out_a) for n, d in jobs))
t0 = time.monotonic()
asyncio.run(main())
print("asyncio:", out_a, round(time.monotonic() - t0, 1))
