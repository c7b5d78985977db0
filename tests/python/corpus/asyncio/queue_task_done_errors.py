# task_done() more times than items raises ValueError; join() returns at once on a queue with nothing unfinished.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print('join of an empty queue returned at once')
    q.put_nowait('x')
    item = await q.get()
    print('got', item, '| unfinished still counts until task_done')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await q.join()
    print('joined')

asyncio.run(main())
