# Condition.wait() and notify() without holding the lock
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)
    print("locked:", cond.locked())
    await cond.wait()

asyncio.run(main())
