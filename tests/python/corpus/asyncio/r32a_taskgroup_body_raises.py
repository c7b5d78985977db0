# Exception raised in the TaskGroup body itself (not in a child)
import asyncio

cancelled = []

async def child(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(i)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(2):
                tg.create_task(child(i))
            await asyncio.sleep(0.01)
            raise ZeroDivisionError("body broke")
    except* ZeroDivisionError as eg:
        print("group:", eg.exceptions)
    print("cancelled children:", sorted(cancelled))

asyncio.run(main())
