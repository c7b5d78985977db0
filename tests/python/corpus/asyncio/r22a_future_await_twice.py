# A future may be awaited many times; all awaiters see the same outcome.
import asyncio

async def waiter(name, fut):
    value = await fut
    print(name, 'got', value)
    return value

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0)
    loop.call_later(0.02, fut.set_result, 'shared')
    print(await asyncio.gather(*tasks))
    print('again:', await fut, await fut)
    print(fut.get_loop() is loop)

asyncio.run(main())
