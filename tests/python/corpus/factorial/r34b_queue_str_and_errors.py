# Printing a queue of jobs, then getting from it when it's empty (get_nowait) and overfilling it.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    q = asyncio.Queue(maxsize=3)
    for n in (5, 7, 3):
        q.put_nowait(n)
    print(q, q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait(6)
    except asyncio.QueueFull:
        print("QueueFull when adding 6")
    while not q.empty():
        n = q.get_nowait()
        print(n, await factorial(n))
    print(q)
    q.get_nowait()


asyncio.run(main())
