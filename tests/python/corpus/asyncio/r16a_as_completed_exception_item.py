# An exception from one as_completed item is raised at its await; the loop can go on
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError('job 2 failed')
    return n

async def main():
    for fut in asyncio.as_completed([job(n) for n in (3, 1, 2)]):
        try:
            print('result', await fut)
        except ValueError as e:
            print('error', e)

asyncio.run(main())
