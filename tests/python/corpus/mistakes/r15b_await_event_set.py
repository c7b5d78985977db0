# Mistake: awaiting Event.set(), which is a plain method returning None.
import asyncio

async def waiter(ev):
    await ev.wait()
    print("released")

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    await ev.set()
    await t

asyncio.run(main())
