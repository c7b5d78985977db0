import asyncio

async def critical(lock, name):
    if lock.locked():
        print(name, 'sees the lock taken, waits')
    async with lock:
        print(name, 'in')
        await asyncio.sleep(0.01)
    print(name, 'out')

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(critical(lock, 'A'), critical(lock, 'B'), critical(lock, 'C'))

asyncio.run(main())
