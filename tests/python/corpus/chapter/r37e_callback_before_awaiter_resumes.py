# which prints first: the done callback or the line after await task?
import asyncio

async def worker(label):
    await asyncio.sleep(0.02)
    print(f'{label}: returning')
    return label

async def waiter(task):
    r = await task
    print(f'waiter resumed with {r}')

async def main():
    task = asyncio.create_task(worker('A'))
    task.add_done_callback(lambda t: print('callback 1 ran'))
    w = asyncio.create_task(waiter(task))
    task.add_done_callback(lambda t: print('callback 2 ran'))
    await task
    print('main resumed')
    await w

asyncio.run(main())
