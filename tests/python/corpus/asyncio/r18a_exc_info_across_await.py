# each task keeps its own handled exception across awaits (sys.exc_info, __context__)
import asyncio
import sys

async def handler(name, exc_type, d):
    try:
        raise exc_type(name)
    except Exception:
        await asyncio.sleep(d)
        print(name, 'handles', repr(sys.exc_info()[1]))
        try:
            raise RuntimeError('new ' + name)
        except RuntimeError as e:
            print(name, 'context', repr(e.__context__))
    print(name, 'after', sys.exc_info())

async def main():
    await asyncio.gather(handler('a', KeyError, 0.02), handler('b', ValueError, 0.01))
    try:
        raise OSError('outer')
    except OSError:
        await asyncio.create_task(handler('c', IndexError, 0))
        print('main still handles', repr(sys.exc_info()[1]))

asyncio.run(main())
