import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    task = asyncio.current_task()
    return f'{label} in {task.get_name()}'

print(asyncio.run(worker('first')))
print(asyncio.run(worker('second')))
coro = worker('third')
print(asyncio.run(coro))
try:
    asyncio.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
