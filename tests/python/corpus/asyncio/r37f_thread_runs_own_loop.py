# Running async code from a worker thread: the thread calls asyncio.run on its own loop
import asyncio
import threading

async def compute(n):
    await asyncio.sleep(0.01)
    return sum(range(n))

results = {}

def worker(n):
    loop_name = threading.current_thread().name
    results[loop_name] = asyncio.run(compute(n))

def bad_worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results["error"] = str(e)

threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in (10, 100)]
threads.append(threading.Thread(target=bad_worker))
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, "->", results[k])
