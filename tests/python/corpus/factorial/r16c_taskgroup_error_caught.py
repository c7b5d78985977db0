# A TaskGroup where one factorial fails; except* catches the ValueError group
import asyncio

async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.15)
        raise ValueError(f'bad {n}')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    print(f'{n}! = {f}')
    return f

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in [2, 5, -1, 3]:
                tg.create_task(factorial(n))
    except* ValueError as eg:
        print('caught', len(eg.exceptions), 'error(s):', [str(e) for e in eg.exceptions])
    print('after group')

asyncio.run(main())
