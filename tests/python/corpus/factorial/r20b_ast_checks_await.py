# Autograder parses student source with ast to require 'await asyncio.sleep(0.1)' in a loop.
import ast

SOURCES = {
    'good': 'async def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        await asyncio.sleep(0.1)\n        r *= i\n    return r\n',
    'no_await': 'async def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        asyncio.sleep(0.1)\n        r *= i\n    return r\n',
    'time_sleep': 'async def factorial(n):\n    r = 1\n    while n > 1:\n        time.sleep(0.1)\n        r *= n\n        n -= 1\n    return r\n',
    'sync': 'def factorial(n):\n    return 1 if n < 2 else n * factorial(n - 1)\n',
}

def inspect_source(src):
    tree = ast.parse(src)
    fn = tree.body[0]
    is_async = isinstance(fn, ast.AsyncFunctionDef)
    loops = [n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))]
    awaits = [n for n in ast.walk(fn) if isinstance(n, ast.Await)]
    sleeps = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            sleeps.append(f'{ast.unparse(node.func)}({ast.unparse(node.args[0]) if node.args else ""})')
    return is_async, len(loops), len(awaits), sleeps

for name, src in SOURCES.items():
    a, l, w, s = inspect_source(src)
    print(f'{name:<11} async={a!s:<5} loops={l} awaits={w} calls={s}')
print(ast.dump(ast.parse('await asyncio.sleep(0.1)', mode='eval').body)[:60])
