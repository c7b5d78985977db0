# four workers queue up on a Lock; who gets it in which order?
import asyncio

async def worker(label, lock, log):
    await asyncio.sleep(0)
    async with lock:
        log.append(label + '-in')
        await asyncio.sleep(0.01)
        log.append(label + '-out')

async def main():
    lock = asyncio.Lock()
    log = []
    async with lock:
        tasks = [asyncio.create_task(worker(l, lock, log)) for l in 'DCBA']
        await asyncio.sleep(0.02)
        print('waiting while I hold it:', log, lock.locked())
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
