import asyncio

results = []
lock = asyncio.Lock()

async def factorial(n):
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    async with lock:
        print(f'lock held by {n}, locked={lock.locked()}')
        await asyncio.sleep(0.01)
        results.append((n, value))

async def main():
    await asyncio.gather(*(factorial(n) for n in (4, 2, 3)))
    print(results)
    print('locked at the end:', lock.locked())

asyncio.run(main())
