# an async generator's __anext__() and asend() awaitables driven by send() without a loop
import types

@types.coroutine
def tick():
    yield 'tick'

async def agen():
    yield 1
    await tick()
    yield 2

def step(awaitable, value=None):
    try:
        return 'yielded', awaitable.send(value)
    except StopIteration as e:
        return 'item', e.value
    except StopAsyncIteration:
        return 'end', None

g = agen()
print(step(g.__anext__()))
nxt = g.__anext__()
print(step(nxt))
print(step(nxt))
print(step(g.asend(None)))
