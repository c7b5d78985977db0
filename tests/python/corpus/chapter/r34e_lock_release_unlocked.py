# I released the lock in the worker without acquiring it
import asyncio

counter = 0

async def worker(lock):
    global counter
    await asyncio.sleep(0.01)
    counter += 1
    lock.release()

async def main():
    lock = asyncio.Lock()
    print('locked?', lock.locked())
    await asyncio.gather(worker(lock), worker(lock))
    print(counter)

asyncio.run(main())
