# all workers wait for a start signal (an Event), then race with different delays
import asyncio

async def worker(label, delay, start):
    print(f'{label} ready')
    await start.wait()
    await asyncio.sleep(delay)
    print(f'{label} finished')
    return label

async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(worker(l, d, start)) for l, d in zip('ABC', (0.3, 0.1, 0.2))]
    await asyncio.sleep(0.05)
    print('is_set before:', start.is_set())
    start.set()
    print('order:', [await t for t in asyncio.as_completed(tasks)])
    start.clear()
    print('is_set after clear:', start.is_set())

asyncio.run(main())
