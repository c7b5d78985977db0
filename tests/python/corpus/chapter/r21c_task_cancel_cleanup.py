# A worker that cleans up in finally and returns a value after cancel (swallowed).
import asyncio

async def worker(log):
    try:
        for i in range(10):
            log.append(i)
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        log.append('cancelled')
        return 'partial'
    finally:
        log.append('finally')

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.5)
    t.cancel()
    r = await t
    print('result:', r, 'cancelled():', t.cancelled())
    print(log)

asyncio.run(main())
