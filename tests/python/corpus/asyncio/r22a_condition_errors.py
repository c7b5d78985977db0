# Condition refuses wait/notify without its lock; it can share a Lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    for name in ('notify', 'notify_all'):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, '->', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('wait ->', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print('condition sees shared lock:', c2.locked())
    print(c2.locked())

asyncio.run(main())
# (end of the program)
