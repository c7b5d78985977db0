# Done callbacks run in registration order, scheduled via call_soon.
import asyncio
import functools

log = []

def cb(name, fut):
    log.append((name, fut.result()))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for n in 'abc':
        f.add_done_callback(functools.partial(cb, n))
    f.add_done_callback(functools.partial(cb, 'a'))
    print('removed:', f.remove_done_callback(functools.partial(cb, 'b')))
    f.set_result(42)
    print('right after set_result:', log)
    await asyncio.sleep(0)
    print('after one step:', log)
    f.add_done_callback(functools.partial(cb, 'late'))
    print('late not yet:', log[-1])
    await asyncio.sleep(0)
    print('late ran:', log[-1])

asyncio.run(main())
