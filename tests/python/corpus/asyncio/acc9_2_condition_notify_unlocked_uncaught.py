# notify() without holding the lock, uncaught in a task that main awaits: the traceback through both.
import asyncio

async def notifier(cond):
    await asyncio.sleep(0)
    cond.notify()

async def main():
    cond = asyncio.Condition()
    await asyncio.create_task(notifier(cond))

asyncio.run(main())
