# gather returns results in argument order though they complete in another order
import asyncio

finished = []

async def job(name, d):
    await asyncio.sleep(d)
    finished.append(name)
    return name.upper()

async def main():
    res = await asyncio.gather(job('a', 0.3), job('b', 0.1), job('c', 0.2), job('d', 0))
    print('results  ', res)
    print('completed', finished)
    same = asyncio.create_task(job('e', 0.1))
    print(await asyncio.gather(same, same, job('f', 0)))

asyncio.run(main())
