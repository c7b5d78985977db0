# Results added into a shared dict under a Lock, and a running sum
import asyncio


async def factorial(n, lock, store):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    async with lock:
        store['sum'] = store.get('sum', 0) + r
        store[n] = r


async def calculate_factorials(numbers):
    lock = asyncio.Lock()
    store = {}
    await asyncio.gather(*[factorial(n, lock, store) for n in numbers])
    print(store)
    print('sum of factorials:', store['sum'])


asyncio.run(calculate_factorials([5, 7, 3, 6]))
