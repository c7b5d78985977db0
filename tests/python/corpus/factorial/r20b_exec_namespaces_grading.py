# Grades several exec()'d submissions, each in its own namespace, reporting errors with format_exception_only.
import asyncio, traceback

SUBS = {
    'amy': 'async def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        await asyncio.sleep(0.01)\n        r *= i\n    return r\n',
    'bob': 'async def fact(n):\n    return 1\n',
    'cyd': 'async def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        await asyncio.sleep(0.01)\n        r *= j\n    return r\n',
    'dee': 'import asyncio\nasync def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        await asynco.sleep(0.01)\n        r *= i\n    return r\n',
    'eli': 'import asyncio\nasync def factorial(n):\n    r = 1\n    for i in range(1, n + 1):\n        await asyncio.slep(0.01)\n        r *= i\n    return r\n',
}

async def grade(ns):
    return await asyncio.gather(*(ns['factorial'](n) for n in (0, 3, 5)))

scores = {}
for who, src in SUBS.items():
    ns = {'asyncio': asyncio} if who == 'amy' else {}
    try:
        exec(src, ns)
        got = asyncio.run(grade(ns))
        scores[who] = 10 if got == [1, 6, 120] else 5
        print(f'{who}: {got}')
    except Exception as e:
        scores[who] = 0
        msg = ''.join(traceback.format_exception_only(e)).strip()
        print(f'{who}: {msg}')
print(scores)
