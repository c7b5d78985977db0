# task_done() called more times than items were put raises ValueError; join() returns at zero
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print('join on empty queue returns at once')
    q.put_nowait('a')
    q.put_nowait('b')
    q.get_nowait()
    q.task_done()
    q.get_nowait()
    q.task_done()
    await q.join()
    print('joined after two task_done')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
