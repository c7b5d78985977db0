# asyncio.sleep(delay, result) and sleep(0) yielding to other tasks
import asyncio

async def spin(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    print(await asyncio.sleep(0.1, result='slept'))
    print(await asyncio.sleep(0, 'zero'))
    print(await asyncio.sleep(-1, result=[1, 2]))
    await asyncio.gather(spin('A', 3), spin('B', 2))
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
