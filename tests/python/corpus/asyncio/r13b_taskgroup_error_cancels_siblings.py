import asyncio

cancelled = []

async def slow(name):
    try:
        await asyncio.sleep(1)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def broken():
    await asyncio.sleep(0.02)
    raise ConnectionError("lost connection")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("one"))
            tg.create_task(broken())
            tg.create_task(slow("two"))
    except* ConnectionError as eg:
        print("handled:", eg.exceptions)
    print("cancelled:", sorted(cancelled))
    print("main continues")

asyncio.run(main())
