import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait('job')
    item = await q.get()
    print('got', item)
    try:
        await asyncio.wait_for(q.join(), 0.05)
    except TimeoutError:
        print('join never returned: task_done was not called')
    q.task_done()
    await q.join()
    print('joined')

asyncio.run(main())
