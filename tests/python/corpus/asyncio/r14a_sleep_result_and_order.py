# test_tasks: sleep(d, result) returns result; sleep(0) yields exactly once
import asyncio

async def counter(log, name):
    for i in range(3):
        log.append(name + str(i))
        await asyncio.sleep(0)

async def main():
    print(await asyncio.sleep(0.01, result='woke'))
    print(await asyncio.sleep(0, {'k': 1}))
    log = []
    await asyncio.gather(counter(log, 'x'), counter(log, 'y'))
    print(log)
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
