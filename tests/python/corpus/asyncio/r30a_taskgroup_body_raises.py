# The body of a TaskGroup raises while children still run: they are cancelled, error grouped
import asyncio

async def child(n):
    try:
        await asyncio.sleep(0.5)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child(1))
            await asyncio.sleep(0.01)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("caught group", repr(eg))
    print(t.cancelled())

asyncio.run(main())
