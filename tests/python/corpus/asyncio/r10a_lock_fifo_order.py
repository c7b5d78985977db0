import asyncio

async def use(lock, name, order):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()
    tasks = [asyncio.create_task(use(lock, n, order)) for n in 'edcba']
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
