# asyncio.Lock: one task at a time in the critical section, in FIFO order.
import asyncio

counter = 0

async def increment(name, lock):
    global counter
    async with lock:
        print(name, 'has the lock')
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1
    print(name, 'released the lock')

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(f'task{i}', lock) for i in range(4)))
    print('counter =', counter, 'locked:', lock.locked())
    await lock.acquire()
    print('acquired by hand:', lock.locked())
    lock.release()
    print('released:', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
