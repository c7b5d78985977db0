# An error in the async with body cancels the children and joins the group.
import asyncio

cancelled = []

async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(worker(n))
            await asyncio.sleep(0.01)
            raise ZeroDivisionError('body failed')
    except ExceptionGroup as eg:
        print(eg)
        print([type(e).__name__ for e in eg.exceptions])
    print('cancelled workers:', sorted(cancelled))

asyncio.run(main())
