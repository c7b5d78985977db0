# Reader calls condition.notify() without holding the lock: RuntimeError message.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cond:
        cond.notify_all()
        print('notified with lock held:', cond.locked())


asyncio.run(main())
