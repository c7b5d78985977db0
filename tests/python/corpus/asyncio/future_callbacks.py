# Future done callbacks run in the order added, one loop iteration after the result is set.
import asyncio
import functools

def report(label, fut):
    print(label, 'sees', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(report, 'first'))
    fut.add_done_callback(lambda f: print('lambda sees', f.result()))
    fut.add_done_callback(functools.partial(report, 'third'))
    loop.call_soon(print, 'call_soon scheduled before set_result')
    fut.set_result(7)
    print('set_result returned; done:', fut.done())
    loop.call_soon(print, 'call_soon scheduled after set_result')
    await asyncio.sleep(0)
    print('after one iteration')
    fut.add_done_callback(functools.partial(report, 'added when done'))
    await asyncio.sleep(0)
    print('removed:', fut.remove_done_callback(report))

asyncio.run(main())
