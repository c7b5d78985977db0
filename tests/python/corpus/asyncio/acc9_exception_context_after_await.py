# An exception raised after an await inside an except block keeps its __context__ (test_tasks' chaining tests).
import asyncio

async def raise_after_await():
    try:
        raise KeyError('first')
    except KeyError:
        await asyncio.sleep(0)
        raise ValueError('second')

async def context_across_tasks():
    try:
        raise OSError('outer')
    except OSError:
        t = asyncio.create_task(raise_plain())
        await asyncio.sleep(0)
        try:
            await t
        except RuntimeError as e:
            return repr(e.__context__)

async def raise_plain():
    raise RuntimeError('in task')

async def main():
    try:
        await raise_after_await()
    except ValueError as e:
        print(repr(e), repr(e.__context__))
    print('task exception context:', await context_across_tasks())

asyncio.run(main())
