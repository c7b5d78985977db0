# Read worker settings from a TOML string with tomllib (3.11) and start that many async workers
import asyncio
import tomllib

CONFIG = """
[pool]
workers = 3
delay = 0.01
names = ["red", "green", "blue"]

[pool.limits]
max_jobs = 7
"""

async def worker(name, q, delay, done):
    while True:
        job = await q.get()
        await asyncio.sleep(delay)
        done.append(job)
        q.task_done()

async def main():
    cfg = tomllib.loads(CONFIG)["pool"]
    print(cfg)
    q = asyncio.Queue()
    for j in range(cfg["limits"]["max_jobs"]):
        q.put_nowait(j)
    done = []
    ws = [asyncio.create_task(worker(n, q, cfg["delay"], done)) for n in cfg["names"][:cfg["workers"]]]
    await q.join()
    for w in ws:
        w.cancel()
    print(sorted(done))
    try:
        tomllib.loads("workers = ")
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)

asyncio.run(main())
