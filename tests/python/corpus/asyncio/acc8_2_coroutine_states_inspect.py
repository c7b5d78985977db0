# inspect.getcoroutinestate and getgeneratorstate through a coroutine's life: created, running, suspended, closed.
import asyncio
import inspect

def gen():
    print('  inside the generator:', inspect.getgeneratorstate(g))
    yield 1

async def step():
    print('  inside the coroutine:', inspect.getcoroutinestate(c))
    await asyncio.sleep(0)

async def main():
    global c
    c = step()
    print('coroutine made:', inspect.getcoroutinestate(c))
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print('task asleep:', inspect.getcoroutinestate(c))
    await t
    print('finished:', inspect.getcoroutinestate(c))
    d = step()
    d.close()
    print('closed unstarted:', inspect.getcoroutinestate(d))

g = gen()
print('generator made:', inspect.getgeneratorstate(g))
next(g)
print('after next:', inspect.getgeneratorstate(g))
g.close()
print('after close:', inspect.getgeneratorstate(g))
asyncio.run(main())
