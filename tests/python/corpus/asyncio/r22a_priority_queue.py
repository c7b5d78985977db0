# PriorityQueue hands out the smallest item first.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    jobs = [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent'), (5, 'later')]
    for job in jobs:
        await q.put(job)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    q.put_nowait((1, {'a': 1}))
    q.put_nowait((1, {'b': 2}))
    try:
        q.get_nowait()
        q.get_nowait()
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
# (end of the program)
