# TaskGroup: one child fails, siblings are cancelled, ExceptionGroup caught with except*
import asyncio

async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.01))
            tg.create_task(worker("bad", 0.02, fail=True))
            tg.create_task(worker("slow", 0.5))
    except* ValueError as eg:
        print("caught", repr(eg))
        for e in eg.exceptions:
            print(" -", e)

asyncio.run(main())
