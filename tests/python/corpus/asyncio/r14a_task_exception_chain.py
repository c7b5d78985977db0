# test_tasks: an exception raised in a task keeps its __cause__ and __context__ when awaited
import asyncio

async def inner():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e

async def other():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')

async def main():
    for coro in (inner(), other()):
        try:
            await asyncio.create_task(coro)
        except Exception as e:
            print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), e.__suppress_context__)

asyncio.run(main())
