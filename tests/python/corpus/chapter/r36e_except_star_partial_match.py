# except* handles the ValueErrors from my TaskGroup, but another worker raised a TypeError at the same moment
import asyncio

async def worker(x):
    await asyncio.sleep(0.05)
    if x == 2:
        raise ValueError(f'bad value {x}')
    if x == 3:
        raise TypeError(f'bad type {x}')
    return x

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for x in range(1, 4):
                tg.create_task(worker(x))
    except* ValueError as eg:
        print('handled:', [str(e) for e in eg.exceptions])
    print('not reached')

asyncio.run(main())
