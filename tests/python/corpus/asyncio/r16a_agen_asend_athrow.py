# asend() feeds values into an async generator; athrow() raises inside it at the yield
import asyncio

async def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print('reset because', e)
            total = 0
            continue
        if x is None:
            return
        total += x

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    print(await g.athrow(ValueError('too big')))
    print(await g.asend(1))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('finished')
    try:
        await g.asend(3)
    except StopAsyncIteration:
        print('still finished')

asyncio.run(main())
