# The body of async with TaskGroup raises: children are cancelled, the error joins the group
import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)  # the group cancels them in the order of a set
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n))
            await asyncio.sleep(0.01)
            raise LookupError("body failed")
    except* LookupError as eg:
        print("caught", eg.exceptions)
    print("cancelled:", sorted(cancelled))

asyncio.run(main())
