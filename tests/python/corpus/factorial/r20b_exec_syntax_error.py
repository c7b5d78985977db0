# Student source has a syntax error; harness compiles it and reports the SyntaxError details.
import traceback

SUBMISSIONS = {
    'alice': 'async def factorial(n)\n    return 1\n',
    'bob': 'async def factorial(n):\n    r = 1\n    for i in range(n):\n    r *= i\n',
    'carol': 'def factorial(n):\n    await asyncio.sleep(0.1)\n    return n\n',
    'dave': 'async def factorial(n):\n    return (n *\n',
}

for who, src in SUBMISSIONS.items():
    try:
        compile(src, f'{who}.py', 'exec')
        print(f'{who}: compiles')
    except SyntaxError as e:
        print(f'{who}: SyntaxError at line {e.lineno}: {e.msg}')
        lines = traceback.format_exception_only(type(e), e)
        print('  ' + '  '.join(lines).rstrip())
