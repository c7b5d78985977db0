# A task waiting in Queue.join() cancelled with a message sees it; the unfinished count is untouched
import asyncio

async def joiner(q):
    try:
        await q.join()
    except asyncio.CancelledError as e:
        print('join interrupted', e.args)
        raise

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    j = asyncio.create_task(joiner(q))
    await asyncio.sleep(0.1)
    j.cancel('shutdown')
    await asyncio.gather(j, return_exceptions=True)
    print('unfinished', q._unfinished_tasks, 'size', q.qsize())
    while not q.empty():
        q.get_nowait()
        q.task_done()
    await q.join()
    print('joined')

asyncio.run(main())
