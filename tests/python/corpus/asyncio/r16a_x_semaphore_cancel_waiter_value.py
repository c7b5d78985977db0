# A Semaphore waiter cancelled after release() chose it hands the slot on; the value stays right
import asyncio

async def user(sem, name, log):
    try:
        async with sem:
            log.append(name)
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = [asyncio.create_task(user(sem, n, log)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0.05)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, sem._value, sem.locked())

asyncio.run(main())
