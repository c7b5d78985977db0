# Awaiting a finished future returns at once; awaiting it again gives the same value; a future is awaited by many tasks.
import asyncio

async def waiter(name, fut):
    value = await fut
    print(name, 'woke with', value)
    return value

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(f'w{i}', fut)) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_later(0.05, fut.set_result, 'shared')
    print(await asyncio.gather(*tasks))
    print('again:', await fut, await fut)
    done = loop.create_future()
    done.set_result('instant')
    print('done before await:', await done)
    print('__await__ is iterable:', hasattr(fut, '__await__'), hasattr(fut, '__iter__'))

asyncio.run(main())
