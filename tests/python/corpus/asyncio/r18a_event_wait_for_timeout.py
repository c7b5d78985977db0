# Event.wait under wait_for: a timeout, then set by call_later, clear, is_set
import asyncio

async def waiter(ev, name):
    await ev.wait()
    print(name, 'woke')
    return name

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except asyncio.TimeoutError:
        print('timed out; waiters:', len(ev._waiters))
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, ev.set)
    print(await asyncio.gather(waiter(ev, 'x'), waiter(ev, 'y')))
    print('is_set', ev.is_set(), 'wait returns', await ev.wait())
    ev.clear()
    t = asyncio.create_task(waiter(ev, 'z'))
    await asyncio.sleep(0.01)
    ev.set()
    ev.clear()
    print('set and cleared at once; z done?', t.done())
    await asyncio.sleep(0)
    print('z done after a step?', t.done(), 'is_set', ev.is_set())

asyncio.run(main())
