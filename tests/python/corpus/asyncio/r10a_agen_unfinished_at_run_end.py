import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('numbers finalised')
        await asyncio.sleep(0)
        print('after await in finally')

gens = []

async def main():
    g = numbers()
    gens.append(g)
    print(await anext(g), await anext(g))
    print('main ends')

asyncio.run(main())
print('after run')
