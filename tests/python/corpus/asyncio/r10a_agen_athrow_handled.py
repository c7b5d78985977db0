import asyncio

async def ticker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print('ticker reset because', e)
            n = 0

async def main():
    t = ticker()
    print(await t.__anext__(), await t.__anext__(), await t.__anext__())
    print(await t.athrow(ValueError('too high')))
    print(await anext(t))
    try:
        await t.athrow(KeyError('stop'))
    except KeyError as e:
        print('KeyError escaped', e)
    print(await anext(t, 'exhausted'))

asyncio.run(main())
