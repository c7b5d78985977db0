# Cancel messages reach tasks blocked in Semaphore.acquire() and Condition.wait_for()
import asyncio

async def acquirer(sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError as e:
        print('acquire', e.args)
        raise

async def predicate_waiter(cond):
    async with cond:
        try:
            await cond.wait_for(lambda: False)
        except asyncio.CancelledError as e:
            print('wait_for', e.args, 'lock held', cond.locked())
            raise

async def main():
    sem, cond = asyncio.Semaphore(0), asyncio.Condition()
    a = asyncio.create_task(acquirer(sem))
    b = asyncio.create_task(predicate_waiter(cond))
    await asyncio.sleep(0.1)
    a.cancel('no permits')
    b.cancel('never true')
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), sem.locked(), cond.locked())

asyncio.run(main())
