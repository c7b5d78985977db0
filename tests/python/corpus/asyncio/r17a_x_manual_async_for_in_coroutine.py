# a coroutine driven by hand that runs async for and an async comprehension over async generators
import asyncio
import types

@types.coroutine
def tick(n):
    return (yield f'tick {n}')

async def numbers(limit):
    for i in range(limit):
        await tick(i)
        yield i

async def total():
    s = 0
    async for n in numbers(3):
        s += n
    squares = [n * n async for n in numbers(2)]
    await asyncio.sleep(0)
    return s, squares

c = total()
seen = []
try:
    while True:
        seen.append(c.send(None))
except StopIteration as e:
    print(seen)
    print('result', e.value)
