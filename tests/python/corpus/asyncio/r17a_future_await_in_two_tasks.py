# one future awaited by several tasks wakes them all in the order they awaited
import asyncio

async def waiter(name, fut):
    value = await fut
    print(name, 'got', value)
    return name

async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0.01)
    print('setting')
    fut.set_result(99)
    print(await asyncio.gather(*tasks))

asyncio.run(main())
