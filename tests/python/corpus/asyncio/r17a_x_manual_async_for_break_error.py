# async for in a coroutine driven by hand: break, an error from the generator, the paused awaitable
import types

@types.coroutine
def tick():
    yield 'tick'

async def numbers():
    try:
        for i in range(5):
            await tick()
            if i == 3:
                raise ValueError('bad number 3')
            yield i
    finally:
        print('  numbers finally')

async def first_two():
    out = []
    async for n in numbers():
        out.append(n)
        if len(out) == 2:
            break
    return out

async def all_of_them():
    return [n async for n in numbers()]

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value

print(run(first_two()))
try:
    run(all_of_them())
except ValueError as e:
    print('ValueError:', e)
