import asyncio


async def wait_event(ev, timeout):
    try:
        await asyncio.wait_for(ev.wait(), timeout)
        return True
    except asyncio.TimeoutError:
        return False


async def main():
    ready = asyncio.Event()
    print("before:", await wait_event(ready, 0.05))
    asyncio.get_running_loop().call_later(0.05, ready.set)
    print("after:", await wait_event(ready, 0.3))
    print("again:", await wait_event(ready, 0))


asyncio.run(main())
