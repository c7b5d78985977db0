# Queue.join() cancelled while items are unfinished; a later join() waits for task_done().
import asyncio

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    j.cancel('no more waiting')
    try:
        await j
    except asyncio.CancelledError as e:
        print('join cancelled:', e.args)
    print('unfinished:', q._unfinished_tasks)
    async def worker():
        while True:
            item = await q.get()
            print('work', item)
            q.task_done()
    w = asyncio.create_task(worker())
    await q.join()
    print('joined; unfinished:', q._unfinished_tasks)
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
