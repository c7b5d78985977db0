import asyncio

async def agen():
    for i in range(3):
        yield i

async def main():
    ag = (x async for x in agen())
    print(type(ag).__name__)
    try:
        list(ag)
    except TypeError as e:
        print('TypeError:', e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        sum(x async for x in agen())
    except TypeError as e:
        print('TypeError:', e)
    print(sum([x async for x in agen()]))

asyncio.run(main())
