# The docs' set_after: a Future from loop.create_future() resolved by another task
import asyncio

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done before:", fut.done())
    loop.create_task(set_after(fut, 0.1, '... world'))
    print('hello ...')
    print(await fut)
    print("done after:", fut.done(), "result:", fut.result())

asyncio.run(main())
