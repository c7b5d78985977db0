import asyncio

async def factorial(n):
    out = 1
    while n > 1:
        await asyncio.sleep(0.01)
        out *= n
        n -= 1
    return out

async def main():
    stack = asyncio.LifoQueue(maxsize=3)
    for n in (3, 4, 5):
        stack.put_nowait(n)
    print('full?', stack.full())
    try:
        stack.put_nowait(6)
    except asyncio.QueueFull:
        print('cannot add 6, queue is full')
    while not stack.empty():
        n = stack.get_nowait()
        print(n, await factorial(n))

asyncio.run(main())
