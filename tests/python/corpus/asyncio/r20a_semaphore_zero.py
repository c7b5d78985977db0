# Semaphore(0) used as a signal: waiters released one by one by call_later callbacks.
import asyncio


async def waiter(sem, n):
    await sem.acquire()
    print('waiter', n, 'released')


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(sem, n)) for n in range(3)]
    for i in range(3):
        loop.call_later(0.1 * (i + 1), sem.release)
    await asyncio.gather(*tasks)
    print('value at end:', repr(sem).split('value:')[1].rstrip(']>'))


asyncio.run(main())
