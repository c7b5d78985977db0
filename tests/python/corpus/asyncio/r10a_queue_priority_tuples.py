import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent'), (2, 'another')]:
        await q.put((prio, name))
    print(q)
    while not q.empty():
        print(await q.get())
    q.put_nowait((1, {'a': 1}))
    try:
        q.put_nowait((1, {'b': 2}))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
