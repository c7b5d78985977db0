# Several waiters block on one Event until a starter sets it
import asyncio

async def waiter(name, ev):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} released")
    return name

async def starter(ev):
    await asyncio.sleep(0.05)
    print("starter: setting event")
    ev.set()

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    results = await asyncio.gather(waiter("a", ev), waiter("b", ev), starter(ev), waiter("c", ev))
    print(results)
    ev.clear()
    print("is_set after clear:", ev.is_set())
    print(repr(ev).split(" at ")[0].startswith("<asyncio.locks.Event object"))

asyncio.run(main())
