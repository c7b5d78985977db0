# The async with body of a TaskGroup raises while children run: children get cancelled
import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n))
            await asyncio.sleep(0.01)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("caught group:", eg.exceptions)
    print("cancelled children:", sorted(cancelled))

asyncio.run(main())
