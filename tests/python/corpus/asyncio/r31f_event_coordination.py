# Waiters blocked on an Event until a setter fires it; then clear and is_set
import asyncio

async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released")
    return name

async def setter(event):
    await asyncio.sleep(0.05)
    print("setting event")
    event.set()

async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    results = await asyncio.gather(waiter("a", event), waiter("b", event), setter(event))
    print(results)
    event.clear()
    print("after clear:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.02)
    except asyncio.TimeoutError:
        print("timed out waiting for a cleared event")

asyncio.run(main())
