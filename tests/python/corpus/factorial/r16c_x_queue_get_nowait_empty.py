# A learner drains the queue with get_nowait and meets QueueEmpty uncaught
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    q = asyncio.Queue()
    for n in [5, 3]:
        await q.put(n)
    print('size', q.qsize(), 'full?', q.full())
    while True:
        n = q.get_nowait()
        print(n, await factorial(n))

asyncio.run(main())
