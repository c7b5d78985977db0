# plain generators as tasks, as CPython 3.11 still runs them (asyncio.iscoroutine() says yes)
import asyncio

def ticker(name, n):
    for i in range(n):
        print(name, i)
        yield  # a bare yield: the loop's next turn
    return f'{name} done'

def waits_for(fut):
    value = yield from fut
    return value * 2

def bad():
    yield 'not a future'

async def main():
    print(asyncio.iscoroutine(ticker('x', 1)))
    results = await asyncio.gather(ticker('a', 3), ticker('b', 2))
    print(results)
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.ensure_future(waits_for(fut))
    await asyncio.sleep(0)
    fut.set_result(21)
    print(await t, t.done())
    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
asyncio.run(ticker('run', 2))
