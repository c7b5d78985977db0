# test_pep492: await in f-strings, super() calls, except* blocks, comprehensions, lambdas' coroutines and nested awaits
import asyncio
class Base:
    async def greet(self):
        await asyncio.sleep(0)
        return 'base'
class Child(Base):
    async def greet(self):
        return 'child+' + await super().greet()
async def value(x):
    await asyncio.sleep(0)
    return x
async def main():
    print(await Child().greet())
    print(f'{await value(3)} and {await value("x")!r}')
    total = 0
    async def add(n):
        nonlocal total
        total += await value(n)
    await asyncio.gather(*(add(i) for i in range(5)))
    print(total)
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        print('value group', await value(len(eg.exceptions)))
    except* KeyError as eg:
        print('key group', await value(repr(eg.exceptions)))
    fs = [lambda i=i: value(i * 10) for i in range(3)]
    print([await f() for f in fs])
    print(await (await value(value))(5))
    d = {k: await value(k * 2) for k in 'ab'}
    print(d)
    print(await value(await value(await value('deep'))))
asyncio.run(main())
