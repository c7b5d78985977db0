# Condition.wait_for cancelled while its predicate is false; the predicate calls are counted.
import asyncio

calls = 0

def predicate():
    global calls
    calls += 1
    return False

async def waiter(cond):
    async with cond:
        try:
            await cond.wait_for(predicate)
        except asyncio.CancelledError:
            print('cancelled; calls =', calls, 'locked =', cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, 'calls =', calls, 'locked =', cond.locked())

asyncio.run(main())
