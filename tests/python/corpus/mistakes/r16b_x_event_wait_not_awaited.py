# Event.wait() called without await after the event is set
import asyncio
async def main():
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); print("go")
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    await t
    print(ev.is_set())
    ev.wait()
asyncio.run(main())
