# test_asyncgen: athrow(GeneratorExit), aclose()'s return value, a generator returning on GeneratorExit, athrow swallowed
import asyncio
async def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
async def gen_ret():
    yield 1
    return
async def main():
    g = gen()
    await anext(g)
    try:
        await g.athrow(GeneratorExit)
    except GeneratorExit:
        print('GeneratorExit propagated')
    g2 = gen()
    await anext(g2)
    r = await g2.aclose()
    print('aclose returned', r)
    g3 = gen_ret()
    print([x async for x in g3])
    async def catch_exit():
        try:
            yield 1
        except GeneratorExit:
            return
    g4 = catch_exit()
    await anext(g4)
    print(await g4.aclose())
    async def swallow():
        while True:
            try:
                yield 1
            except ValueError:
                pass
    g5 = swallow()
    await anext(g5)
    print(await g5.athrow(ValueError))
    print(await g5.athrow(ValueError('x')))
    await g5.aclose()
asyncio.run(main())
