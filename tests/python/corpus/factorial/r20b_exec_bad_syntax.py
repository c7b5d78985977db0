# Harness exec()s broken student sources and reports SyntaxError fields.
SUBMISSIONS = [
    ('ann', 'async def factorial(n)\n    return 1\n'),
    ('ben', 'async def factorial(n):\nreturn 1\n'),
    ('cat', 'def factorial(n):\n    await asyncio.sleep(0.1)\n    return n\n'),
    ('dan', 'async def factorial(n):\n    return (n *\n'),
    ('eve', 'async def factorial(n):\n    result = 1\n    for i in range(1, n + 1)\n        result *= i\n'),
    ('fay', 'async def factorial(n):\n    return n!\n'),
]
for who, src in SUBMISSIONS:
    ns = {}
    try:
        exec(src, ns)
        print(f'{who:<4} ok')
    except SyntaxError as e:
        print(f'{who:<4} {type(e).__name__}: {e.msg} (line {e.lineno}, file {e.filename})')
        print(f'     text={e.text!r}')
