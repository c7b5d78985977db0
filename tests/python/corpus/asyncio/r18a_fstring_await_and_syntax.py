# await inside f-strings and expressions; async syntax errors compiled at runtime
import asyncio

async def name():
    await asyncio.sleep(0)
    return 'Ada'

async def num(x):
    return x

async def main():
    print(f'hello {await name()}!')
    print(f'{await num(3) + await num(4) = }')
    print(await num(1) if await num(0) else await num(2))
    print([await num(i) for i in range(3) if await num(i % 2)])
    for src in ('def f():\n    await x\n',
                'def f():\n    async with a:\n        pass\n',
                'async def f():\n    yield from g()\n',
                'async def f():\n    yield 1\n    return 2\n',
                'def f():\n    return [x async for x in y]\n',
                'async def f():\n    lambda: await x\n'):
        try:
            compile(src, '<src>', 'exec')
            print('compiled')
        except SyntaxError as e:
            print('SyntaxError:', e.msg, 'line', e.lineno)

asyncio.run(main())
