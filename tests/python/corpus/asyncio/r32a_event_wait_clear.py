# Event: several waiters wake at once; clear() makes later waits block again
import asyncio

async def waiter(ev, name, out):
    await ev.wait()
    out.append(name)

async def main():
    ev = asyncio.Event()
    out = []
    ts = [asyncio.create_task(waiter(ev, n, out)) for n in ("x", "y", "z")]
    await asyncio.sleep(0.01)
    print("before set:", out, ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print("after set:", out)
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("blocked again after clear")
    print(ev.wait() is not None)

asyncio.run(main())
