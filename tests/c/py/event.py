# test_sync.c: an_event_wakes_every_waiter_and_a_cancelled_one_stays_cancelled
import asyncio


async def waiter(name, ev):
    print(f"{name} waits")
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} woke, set: {ev.is_set()}")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "ABC"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0.1)
    print("setting, then clearing")
    ev.set()
    ev.clear()
    await asyncio.gather(*ts, return_exceptions=True)
    print(f"is_set: {ev.is_set()}")
    ev.set()
    await ev.wait()
    print(f"a set event does not wait: {ev.is_set()}")


asyncio.run(main())
