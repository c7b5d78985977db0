# all_tasks() holds only the tasks not yet done.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def main():
    a = asyncio.create_task(sleeper(0.02), name='a')
    b = asyncio.create_task(sleeper(0.1), name='b')
    print(names())
    await a
    print(names())
    b.cancel()
    print('cancel requested:', names())
    await asyncio.sleep(0)
    print(names())
    print(len(asyncio.all_tasks()))

asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('outside:', e)
