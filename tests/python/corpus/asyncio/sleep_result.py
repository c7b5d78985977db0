# asyncio.sleep(delay, result) returns result; sleep(0) yields once; negative delays do not wait.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0.1, result='woke up'))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-5, 'negative is zero'))
    print(await asyncio.sleep(0.05))
    values = await asyncio.gather(*(asyncio.sleep(0.01 * i, result=i) for i in range(5)))
    print(values)
    elapsed = loop.time() - start
    print('elapsed about 0.19 s:', 0.18 < elapsed < 0.5)
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
