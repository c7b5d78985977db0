# Many waiters on one Event, some with timeouts shorter than the set time
import asyncio

async def waiter(ev, i, timeout):
    try:
        await asyncio.wait_for(ev.wait(), timeout)
        return f"w{i} ok"
    except asyncio.TimeoutError:
        return f"w{i} timeout"

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i, t)) for i, t in enumerate([0.05, 0.5, 0.02, 1.0])]
    await asyncio.sleep(0.2)
    ev.set()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
