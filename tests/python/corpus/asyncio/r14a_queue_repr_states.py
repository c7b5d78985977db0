# test_queues: the repr and str of a Queue show maxsize, items, getters, putters and tasks
import asyncio, re

def show(q):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(q)), '|', re.sub(r' at 0x[0-9a-f]+', '', str(q)))

async def main():
    q = asyncio.Queue()
    show(q)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    show(q)
    q.put_nowait(1)
    await g
    show(q)
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    p = asyncio.create_task(q2.put('y'))
    await asyncio.sleep(0)
    show(q2)
    q2.get_nowait(); q2.task_done()
    await p
    show(q2)

asyncio.run(main())
