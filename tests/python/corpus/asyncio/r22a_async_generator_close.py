# aclose(), athrow() and asend() on an async generator inside a task.
import asyncio

async def numbers():
    try:
        n = 0
        while True:
            got = yield n
            n = got if got is not None else n + 1
            await asyncio.sleep(0)
    except ValueError as e:
        print('generator caught', e)
        yield -1
    finally:
        print('generator finally')

async def main():
    g = numbers()
    print(await g.__anext__(), await g.__anext__(), await g.asend(10), await g.__anext__())
    print('athrow ->', await g.athrow(ValueError('reset')))
    print('aclose ->', await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    g2 = numbers()
    await g2.__anext__()
    await g2.aclose()

asyncio.run(main())
