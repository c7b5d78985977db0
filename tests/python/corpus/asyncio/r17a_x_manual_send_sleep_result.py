# sleep(0, result) and a negative sleep by hand: each yields None once, then gives its result
import asyncio

async def pick():
    a = await asyncio.sleep(0, 'first')
    b = await asyncio.sleep(-1, 'second')
    c = await asyncio.sleep(0.0)
    return a, b, c

coro = pick()
steps = 0
try:
    while True:
        value = coro.send(None)
        steps += 1
        print('yielded', value)
except StopIteration as e:
    print(steps, 'steps, returned', e.value)
