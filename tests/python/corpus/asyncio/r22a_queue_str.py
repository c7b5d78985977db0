# str() of queues shows their size limit, items and unfinished tasks.
import asyncio

async def main():
    q = asyncio.Queue(3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    q.get_nowait()
    print(str(q))
    q.task_done()
    print(str(q))
    p = asyncio.PriorityQueue()
    p.put_nowait((2, 'b'))
    p.put_nowait((1, 'a'))
    print(str(p))
    l = asyncio.LifoQueue()
    l.put_nowait('x')
    print(str(l))

asyncio.run(main())
# (end of the program)
