# A cancelled Condition.wait re-acquires the lock before raising.
import asyncio

async def waiter(cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f'cancelled, holds lock: {cond.locked()}')
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    t = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, 'after:', cond.locked())

asyncio.run(main())
# (end of the program)
