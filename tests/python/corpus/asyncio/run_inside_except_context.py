# asyncio.run() called while handling an exception: its tasks see it, as CPython runs the loop inside that call
import asyncio, sys
async def bad():
    raise ValueError('in task')
async def main():
    print(repr(sys.exc_info()[1]), repr(sys.exception()))
    try:
        raise TypeError('t')
    except TypeError as e:
        print(repr(e.__context__))
    asyncio.create_task(bad())
    await asyncio.sleep(0)
try:
    raise KeyError('outer')
except KeyError:
    asyncio.run(main())
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())
asyncio.run(main())
