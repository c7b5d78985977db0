# SyntaxErrors around async and await, with their positions
def show(src):
    try:
        exec(src, {"a": 1, "b": [], "x": 1, "y": [], "k": {}, "f": print})
        print("ran:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    except Exception as e:
        print(type(e).__name__, "from", repr(src))

for src in [
    'await x',
    'def f():\n    await x',
    'def f():\n    async with a: pass',
    'def f():\n    async for a in b: pass',
    'async def f():\n    yield from x',
    'async def f():\n    [x async for x in y]\n    return 1',
    'def f():\n    return [x async for x in y]',
    'async def f():\n    yield 1\n    return 2',
    'async lambda: 1',
    'async x = 1',
    'def f(): lambda: await x',
    'class A:\n    await x',
    'async def f():\n    def g(): await x',
    'async def f(): await = 1',
    'async def f():\n    (await x) = 1',
]:
    show(src)
