# join() on a queue with no unfinished work returns at once; unfinished counts puts
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print('joined empty queue')
    q.put_nowait('a')
    q.get_nowait()
    print('unfinished', q._unfinished_tasks)
    try:
        await asyncio.wait_for(q.join(), 0.1)
    except TimeoutError:
        print('join waits for task_done')
    q.task_done()
    await q.join()
    print('joined after task_done')

asyncio.run(main())
