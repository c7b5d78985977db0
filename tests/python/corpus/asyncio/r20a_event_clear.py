# Event set, cleared and set again; wait() returns True; a waiter under wait_for times out.
import asyncio


async def waiter(event, name):
    r = await event.wait()
    print(name, 'woke with', r)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev, 'first'))
    await asyncio.sleep(0.05)
    ev.set()
    await asyncio.sleep(0)
    ev.clear()
    print('is_set after clear:', ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        print('second wait timed out')
    await t
    print(repr(ev).split(' at ')[0], repr(ev).endswith('[unset]>'))


asyncio.run(main())
