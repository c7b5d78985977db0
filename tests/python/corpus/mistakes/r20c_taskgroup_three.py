# TaskGroup with several failing children: boxed ExceptionGroup traceback
import asyncio

async def child(i):
    await asyncio.sleep(0.01 * i)
    if i == 0:
        raise KeyError('missing')
    if i == 1:
        raise ZeroDivisionError('division by zero in child')
    raise TypeError(f'child {i} got wrong type')

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(child(i))
    print("not reached")

asyncio.run(main())
