# Queue.join() waits until task_done() was called for every item; the workers are then cancelled.
import asyncio

async def worker(name, queue, log):
    while True:
        item = await queue.get()
        await asyncio.sleep(item / 10)
        log.append((name, item))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    log = []
    for item in [5, 1, 4, 2, 3, 6]:  # finish times 0.1 s apart: none tie
        queue.put_nowait(item)
    print('queued', queue.qsize(), 'unfinished')
    workers = [asyncio.create_task(worker(f'w{i}', queue, log)) for i in range(3)]
    await queue.join()
    print('joined; queue empty:', queue.empty())
    print(log)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        queue.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
