# test_futures: a future awaited by two tasks; both get the result in order
import asyncio

async def waiter(name, fut):
    print(name, 'waiting')
    v = await fut
    print(name, 'got', v)
    return name

async def main():
    fut = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter('A', fut))
    t2 = asyncio.create_task(waiter('B', fut))
    await asyncio.sleep(0)
    print('setting')
    fut.set_result(99)
    print(await asyncio.gather(t1, t2))

asyncio.run(main())
