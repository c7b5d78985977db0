# jobs with priorities, processed by two workers from a PriorityQueue
import asyncio

async def worker(name, q, log):
    while True:
        prio, job = await q.get()
        log.append(f'{name}:{job}({prio})')
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, 'sweep'), (1, 'cook'), (2, 'wash'), (1, 'call'), (5, 'nap')]:
        await q.put((prio, job))
    log = []
    workers = [asyncio.create_task(worker(n, q, log)) for n in ('W1', 'W2')]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(log)
    print([type(r).__name__ for r in res])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('empty:', repr(e))

asyncio.run(main())
