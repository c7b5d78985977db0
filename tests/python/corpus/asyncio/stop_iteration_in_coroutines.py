# PEP 479 in coroutines and async generators: StopIteration (and an async generator's StopAsyncIteration) raised inside becomes a RuntimeError, by send(), await, a task and async for
import asyncio
def g():
    yield 1
    next(iter([]))
try:
    list(g())
except BaseException as e:
    print('gen:', e, type(e.__cause__).__name__)
async def c():
    next(iter([]))
try:
    c().send(None)
except BaseException as e:
    print('coro send:', e, type(e.__cause__).__name__)
async def ag():
    yield 1
    next(iter([]))
async def main():
    try:
        await c()
    except BaseException as e:
        print('await:', e)
    try:
        async for x in ag():
            pass
    except BaseException as e:
        print('agen:', e)
    t = asyncio.create_task(c())
    try:
        await t
    except BaseException as e:
        print('task:', e)
    async def stopasync():
        raise StopAsyncIteration
    try:
        await stopasync()
    except BaseException as e:
        print('StopAsyncIteration in coro:', type(e).__name__)
    async def ag2():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in ag2():
            pass
    except BaseException as e:
        print('agen StopAsyncIteration:', e)
asyncio.run(main())
