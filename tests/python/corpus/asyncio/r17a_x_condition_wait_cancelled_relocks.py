# a Condition.wait cancelled from outside still re-acquires the lock before raising
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print('cancelled; holds lock again:', cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0.01)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.01)
        print('main holds the lock, waiter done:', t.done())
    await asyncio.gather(t, return_exceptions=True)
    print('lock free at the end:', not cond.locked())

asyncio.run(main())
