# Event.wait() returns True; is_set, clear and a waiter timing out with wait_for
import asyncio


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    asyncio.get_running_loop().call_later(0.02, ev.set)
    r = await ev.wait()
    print("wait returned", r, "is_set:", ev.is_set())
    print("again immediately:", await ev.wait())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.03)
    except TimeoutError:
        print("timed out waiting after clear")
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print("waiting:", len(ev._waiters))
    ev.set()
    print(await asyncio.gather(*waiters))


asyncio.run(main())
