# test_asyncgen: athrow() into a generator that catches and yields gives the next value
import asyncio

async def gen():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('gen caught', e)
            n = 100
        n += 1

async def main():
    g = gen()
    print(await g.asend(None))
    print(await g.asend(None))
    print(await g.athrow(ValueError('reset')))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('propagated', repr(e))
    print(g.ag_running, g.ag_frame is None)

asyncio.run(main())
