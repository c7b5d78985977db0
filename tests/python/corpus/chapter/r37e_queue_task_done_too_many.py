# called task_done once per item and once more by mistake
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put('a')
    await q.put('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    while not q.empty():
        print('got', await q.get())
        q.task_done()
    await asyncio.wait_for(q.join(), 0.1)
    print('joined')
    q.task_done()

asyncio.run(main())
