# add_done_callback with functools.partial to pass extra arguments; callbacks see the future.
import asyncio
import functools

def report(label, fut):
    print(label, fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(report, 'first:'))
    fut.add_done_callback(functools.partial(report, 'second:'))
    fut.set_result(99)
    await asyncio.sleep(0)
    try:
        fut.add_done_callback(report, 'x')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
