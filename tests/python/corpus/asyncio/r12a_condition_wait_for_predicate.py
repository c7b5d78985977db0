# test_locks: ConditionTests.test_wait_for -- the predicate is re-checked on each notify
import asyncio

async def main():
    cond = asyncio.Condition()
    presult = False
    calls = []

    def predicate():
        calls.append(presult)
        return presult

    result = []

    async def c():
        async with cond:
            if await cond.wait_for(predicate):
                result.append(1)
                cond.release()
                await cond.acquire()
            return True

    t = asyncio.create_task(c())
    await asyncio.sleep(0)
    print(result, calls)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print(result, calls)
    presult = True
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print(result, calls, t.result())

asyncio.run(main())
