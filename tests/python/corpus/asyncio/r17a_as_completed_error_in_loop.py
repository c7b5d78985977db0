# an error from one awaitable of as_completed is raised where it is awaited
import asyncio

async def work(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise LookupError(f'no item {n}')
    return n

async def main():
    for fut in asyncio.as_completed([work(3), work(1), work(2)]):
        try:
            print('got', await fut)
        except LookupError as e:
            print('error', e)

asyncio.run(main())
