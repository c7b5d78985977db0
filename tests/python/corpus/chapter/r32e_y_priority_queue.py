# jobs through a PriorityQueue so urgent ones go first
import asyncio

async def do_something():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, 'tidy'), (1, 'fire!'), (2, 'email'), (1, 'alarm')]:
        q.put_nowait((prio, job))
    lifo = asyncio.LifoQueue(maxsize=2)
    while not q.empty():
        prio, job = await q.get()
        print(prio, job)
        try:
            lifo.put_nowait(job)
        except asyncio.QueueFull:
            print('  lifo full, dropped', job)
    print('lifo order:', [lifo.get_nowait() for _ in range(lifo.qsize())])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))

asyncio.run(do_something())
