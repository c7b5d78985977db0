# Condition.wait() and notify() without holding the lock: RuntimeError in CPython's words.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print('wait:', e)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(call.__name__ + ':', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print('shared lock held by condition:', c2.locked())

asyncio.run(main())
