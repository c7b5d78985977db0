# an echo async generator: asend() of a value before it starts (CPython's 'just-started async generator'), athrow() handled inside, aclose(), asend() after
import asyncio

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print('gen got', received)
            except ValueError as e:
                print('gen handled', e)
                received = 'recovered'
    finally:
        print('gen finally')

async def main():
    g = echo()
    try:
        await g.asend('too soon')
    except TypeError as e:
        print('TypeError:', e)
    print(await g.asend(None))
    print(await g.asend('one'))
    print(await g.athrow(ValueError('oops')))
    print(await g.asend('two'))
    await g.aclose()
    try:
        await g.asend('after close')
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)

asyncio.run(main())
