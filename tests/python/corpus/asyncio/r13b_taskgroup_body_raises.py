import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0.01)
            raise KeyError("from the body")
    except* KeyError as eg:
        print("got", repr(eg.exceptions[0]))
        print(type(eg).__name__, eg.message)
    print("children cancelled:", sorted(cancelled))

asyncio.run(main())
