# Protect a "save to database" step with shield so cancelling the handler does not interrupt it.
import asyncio

saved = []

async def save(record):
    await asyncio.sleep(0.1)
    saved.append(record)
    print("saved", record)

async def handler(record):
    print("handling", record)
    try:
        await asyncio.shield(save(record))
    except asyncio.CancelledError:
        print("handler cancelled, but save continues")
        raise

async def main():
    t = asyncio.create_task(handler({"id": 1}))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), "saved so far:", saved)
    await asyncio.sleep(0.2)
    print("finally saved:", saved)

asyncio.run(main())
