# Waiters on a Semaphore are served in arrival order.
import asyncio

served = []

async def client(sem, name):
    await sem.acquire()
    served.append(name)
    await asyncio.sleep(0.01)
    sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = [asyncio.create_task(client(sem, c)) for c in 'PQRS']
    await asyncio.sleep(0.01)
    print('nobody yet:', served)
    sem.release()
    await asyncio.gather(*tasks)
    print(served)

asyncio.run(main())
# (end of the program)
