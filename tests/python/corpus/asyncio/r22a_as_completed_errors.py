# Errors come out of as_completed's futures when awaited, in finishing order.
import asyncio

async def job(n):
    await asyncio.sleep(0.02 * n)
    if n == 2:
        raise ValueError('two')
    return n

async def main():
    for i, fut in enumerate(asyncio.as_completed([job(3), job(1), job(2)])):
        try:
            print(i, 'result', await fut)
        except ValueError as e:
            print(i, 'error', e)

asyncio.run(main())
# (end of the program)
