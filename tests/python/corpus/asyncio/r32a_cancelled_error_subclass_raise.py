# Raising CancelledError (with a message) from inside a task body marks it cancelled
import asyncio

async def giving_up():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("gave up")

async def main():
    t = asyncio.create_task(giving_up())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter:", e.args)
    print(t.cancelled(), t.done())
    await asyncio.create_task(giving_up())

asyncio.run(main())
