# run_in_executor(None, f, *args) returns a future with f's result or error
import asyncio
import functools

def parse(text, base=10):
    return int(text, base)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, parse, '42')
    print(asyncio.isfuture(fut))
    print(await fut)
    print(await loop.run_in_executor(None, functools.partial(parse, 'ff', base=16)))
    try:
        await loop.run_in_executor(None, parse, 'zz')
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
