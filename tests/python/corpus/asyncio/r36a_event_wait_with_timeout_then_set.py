# Waiting on an Event with a timeout fails at first; a later wait succeeds after set()
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.03)
    except asyncio.TimeoutError:
        print("not set yet:", ev.is_set())
    asyncio.get_running_loop().call_later(0.03, ev.set)
    print("wait returned", await ev.wait())
    ev.clear()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print(await asyncio.gather(*waiters), ev.is_set())


asyncio.run(main())
