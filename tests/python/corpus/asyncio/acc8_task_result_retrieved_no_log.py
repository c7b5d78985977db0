# Reading exception() once is enough: no "never retrieved" message for that task, one for the other.
import asyncio

async def boom(n):
    raise LookupError(n)

async def main():
    a = asyncio.create_task(boom(1))
    b = asyncio.create_task(boom(2))
    await asyncio.sleep(0)
    print('a:', repr(a.exception()))
    print('b done:', b.done())

asyncio.run(main())
print('exit')
