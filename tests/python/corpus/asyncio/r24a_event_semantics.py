import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set(), repr(ev).rsplit(" ", 1)[-1])
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print(repr(ev).rsplit(" ", 2)[-2:])
    ev.set()
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("wait timed out after clear")

asyncio.run(main())
