# Semaphore fairness: a newcomer does not overtake tasks already waiting
import asyncio

log = []

async def user(sem, name, hold):
    log.append(name + ' wants')
    async with sem:
        log.append(name + ' got')
        await asyncio.sleep(hold)
    log.append(name + ' left')

async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, 'A', 0.05))
    await asyncio.sleep(0)
    b = asyncio.create_task(user(sem, 'B', 0.01))
    await asyncio.sleep(0.05)
    # A releases around now; C arrives while B is being woken
    c = asyncio.create_task(user(sem, 'C', 0.01))
    await asyncio.gather(a, b, c)
    print('\n'.join(log))
    lock = asyncio.Lock()
    order = []
    async def take(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
    await lock.acquire()
    ts = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0)
    lock.release()
    ts.append(asyncio.create_task(take('late')))
    await asyncio.gather(*ts)
    print(order)

asyncio.run(main())
