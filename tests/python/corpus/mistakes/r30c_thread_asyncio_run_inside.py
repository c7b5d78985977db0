# Running asyncio.run inside a worker thread, then joining it.
import asyncio
import threading

async def fetch():
    await asyncio.sleep(0.01)
    return "data"

results = []

def runner():
    results.append(asyncio.run(fetch()))

t = threading.Thread(target=runner)
t.start()
t.join()
print(results)
