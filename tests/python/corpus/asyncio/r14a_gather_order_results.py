# test_tasks: gather returns results in argument order whatever the finishing order
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    return name.upper()

async def main():
    print(await asyncio.gather(job('slow', 0.3), job('fast', 0.1), job('mid', 0.2)))
    print(await asyncio.gather())
    same = job('dup', 0)
    print(await asyncio.gather(same, same))

asyncio.run(main())
