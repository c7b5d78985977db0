# generator-based coroutines under a Task: a bare yield is a step, other values are bad
import asyncio
import types

@types.coroutine
def bare_yield():
    yield
    return 'after bare yield'

@types.coroutine
def bad_yield():
    yield 42

async def uses(c):
    return await c()

async def main():
    print(await asyncio.create_task(uses(bare_yield)))
    t = asyncio.create_task(uses(bad_yield))
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' <')[0], '...', str(e).rsplit(': ', 1)[-1])
    print(await bare_yield())

asyncio.run(main())
