# test_queues: join() waits until task_done() was called once per item; too many raises ValueError
import asyncio

async def worker(q, log):
    while True:
        x = await q.get()
        await asyncio.sleep(0.1 * x)
        log.append(x)
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for x in (4, 1, 2):
        q.put_nowait(x)
    ws = [asyncio.create_task(worker(q, log)) for _ in range(2)]
    await q.join()
    print('joined', log, q._unfinished_tasks)
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await q.join()
    print('join on empty returns at once')

asyncio.run(main())
