# TaskGroup with two failing workers: except* splits the ExceptionGroup by type
import asyncio

async def worker(n):
    await asyncio.sleep(0 if n in (2, 3) else 0.3)
    if n == 2:
        raise ValueError(f'bad value in {n}')
    if n == 3:
        raise KeyError(n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(n)) for n in (1, 2, 4)]
            tg.create_task(worker(3))
    except* ValueError as eg:
        print('values:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('keys:', [repr(e) for e in eg.exceptions])
    print([t.cancelled() for t in tasks])
    eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(match, rest, len(match.exceptions))
    raise eg

asyncio.run(main())
