# A Condition.wait() cancelled by a timeout still re-acquires the lock before leaving
import asyncio

async def main():
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.05)
        except asyncio.TimeoutError:
            print("timed out; lock held again?", cond.locked())
    print("outside; locked?", cond.locked())
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked?", lock.locked())

asyncio.run(main())
