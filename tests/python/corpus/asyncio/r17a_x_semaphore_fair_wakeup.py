# Semaphore waiters are served in order even when a newcomer arrives at release time
import asyncio

order = []

async def user(name, sem, hold):
    async with sem:
        order.append(name)
        await asyncio.sleep(hold)

async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(user(n, sem, 0.02)) for n in 'abc']
    await asyncio.sleep(0.01)
    ts.append(asyncio.create_task(user('late', sem, 0)))
    await asyncio.gather(*ts)
    print(order)
    print(sem.locked(), repr(sem).split('[')[1])

asyncio.run(main())
