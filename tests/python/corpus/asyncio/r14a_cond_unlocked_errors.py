# test_locks: Condition.wait and notify without holding the lock raise RuntimeError
import asyncio

async def main():
    cond = asyncio.Condition()
    for name, call in (('notify', cond.notify), ('notify_all', cond.notify_all)):
        try:
            call()
        except RuntimeError as e:
            print(name, '->', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('wait ->', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print('shared lock locked:', lock.locked(), c2.locked())
    print(lock.locked())

asyncio.run(main())
