import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1 * item)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for item in [3, 1, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all work done:", log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
