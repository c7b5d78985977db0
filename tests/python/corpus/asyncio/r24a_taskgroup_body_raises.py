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
            for n in range(3):
                tg.create_task(child(n))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught group:", eg)
        print("inner:", eg.exceptions)
    print("cancelled children:", sorted(cancelled))

asyncio.run(main())
