# Lock hands itself to waiters first come, first served.
import asyncio

order = []

async def user(name, lock, hold):
    async with lock:
        order.append(f'{name} in')
        await asyncio.sleep(hold)
        order.append(f'{name} out')

async def main():
    lock = asyncio.Lock()
    print('locked:', lock.locked())
    tasks = [asyncio.create_task(user(n, lock, 0.01)) for n in ('A', 'B', 'C')]
    await asyncio.sleep(0)
    print('locked while A holds:', lock.locked())
    await asyncio.gather(*tasks)
    print(order)
    print('locked at end:', lock.locked())

asyncio.run(main())
# (end of the program)
