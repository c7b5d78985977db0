# handling different errors from a TaskGroup with except*
import asyncio

async def worker(n):
    if n == 1:
        raise ValueError('bad value')
    if n == 2:
        raise TypeError('bad type')
    if n == 3:
        raise ValueError('another bad value')
    await asyncio.sleep(0.01)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(worker(n))
    except* ValueError as eg:
        print('values:', sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print('types:', [str(e) for e in eg.exceptions], eg.message)
    print('after')

asyncio.run(main())
