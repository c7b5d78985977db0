# The body of the async with TaskGroup raises: running children are cancelled first
import asyncio

events = []

async def child(n):
    try:
        await asyncio.sleep(0.1 * n)
        events.append(f"child {n} done")
    except asyncio.CancelledError:
        events.append(f"child {n} cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(child(n))
            await asyncio.sleep(0.15)
            raise LookupError("body failed")
    except* LookupError as eg:
        print("caught", eg.exceptions)
    print(sorted(events))

asyncio.run(main())
