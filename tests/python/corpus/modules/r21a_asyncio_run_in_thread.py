# Each thread runs its own event loop with asyncio.run
import asyncio, threading, time
async def job(name):
    await asyncio.sleep(0.1)
    return name.upper()
results = {}
def runner(name, delay):
    time.sleep(delay)
    results[name] = asyncio.run(job(name))
ts = [threading.Thread(target=runner, args=(n, d)) for n, d in [("a", 0), ("b", 0.2)]]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
