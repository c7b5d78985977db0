import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.005)
        result *= i
    return result

async def main():
    pq = asyncio.PriorityQueue()
    for n in [9, 2, 7, 4, 5]:
        await pq.put((n, f'job-{n}'))
    print('queue size:', pq.qsize())
    while not pq.empty():
        n, label = await pq.get()
        print(f'{label}: {await factorial(n)}')
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty raised')

asyncio.run(main())
