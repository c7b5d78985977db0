# A task raises and nobody awaits it: "Task exception was never retrieved" at the end
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    if n < 0:
        raise ValueError('negative number: %d' % n)
    return n


async def main():
    good = asyncio.create_task(factorial(3))
    bad = asyncio.create_task(factorial(-1))
    print('good:', await good)
    await asyncio.sleep(0.2)
    print('main ends')


asyncio.run(main())
print('program ends')
