# A module-level Event shared by two asyncio.run calls gets bound to the first loop.
import asyncio

ready = asyncio.Event()

async def waiter():
    await ready.wait()
    return "ready seen"

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ready.set()
    return await t

print(asyncio.run(main()))
ready.clear()
try:
    print(asyncio.run(main()))
except RuntimeError as e:
    print("RuntimeError, different loop:", "different event loop" in str(e))
