# asyncio.sleep: its result argument, zero and negative delays, round robin of sleep(0)
import asyncio

async def spinner(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    print(await asyncio.sleep(0.01, result='woke'))
    print(await asyncio.sleep(0, 'zero'))
    print(await asyncio.sleep(-5, result=[1, 2]))
    log = []
    await asyncio.gather(spinner('a', 3, log), spinner('b', 2, log), spinner('c', 4, log))
    print(' '.join(log))
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
