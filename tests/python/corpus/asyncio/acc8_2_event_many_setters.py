# Event.set() twice and clear() with nobody waiting; wait() after set returns at once.
import asyncio

async def main():
    ev = asyncio.Event()
    ev.set()
    ev.set()
    print(ev.is_set(), await ev.wait())
    ev.clear()
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print('waiting task done?', t.done())
    ev.set()
    ev.clear()
    print('after set+clear, woken:', await t)

asyncio.run(main())
