import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("lock held via condition:", lock.locked())
    print("released:", lock.locked())
    print(repr(cond).rsplit(" ", 1)[-1])
    cond.release()

asyncio.run(main())
