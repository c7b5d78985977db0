# as_completed: an exception from one awaitable is raised where it is awaited; the loop can go on.
import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    if n == 2:
        raise ValueError('job 2 failed')
    return n

async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        try:
            print('result', await fut)
        except ValueError as e:
            print('error', e)

asyncio.run(main())
