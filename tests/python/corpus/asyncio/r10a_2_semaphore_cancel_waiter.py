import asyncio

async def worker(sem, name, log):
    try:
        async with sem:
            log.append(name + ' in')
            await asyncio.sleep(0.01)
            log.append(name + ' out')
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = {n: asyncio.create_task(worker(sem, n, log)) for n in 'abc'}
    await asyncio.sleep(0)
    ts['b'].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(log)
    print(sem.locked(), sem._value)

asyncio.run(main())
