# an async generator stepped by hand: asend values in, sleep(0) awaits out, None items, the end
import asyncio

async def echo():
    received = yield 'start'
    while True:
        await asyncio.sleep(0)
        received = yield None if received is None else received * 2

def drive(awaitable, value=None):
    steps = 0
    try:
        while True:
            awaitable.send(value)
            value = None
            steps += 1
    except StopIteration as e:
        return steps, e.args
    except StopAsyncIteration as e:
        return steps, 'end', e.args

g = echo()
print(drive(g.asend(None)))
print(drive(g.asend(21)))
print(drive(g.asend(None)))
print(drive(g.__anext__()))
try:
    g.asend(1).send(5)
except TypeError as e:
    print('TypeError:', e)

async def short():
    yield 1
s = short()
print(drive(s.__anext__()), drive(s.__anext__()), drive(s.__anext__()))
