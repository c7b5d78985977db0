# Harness exec()s the chapter-style program under two __name__ values to test the main guard.
import io, contextlib

SRC = '''
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(nums):
    for c in asyncio.as_completed([factorial(n) for n in nums]):
        print('result', await c)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
'''

for name in ('student', '__main__'):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(SRC, {'__name__': name})
    out = buf.getvalue()
    print(f'__name__={name!r}: {len(out.splitlines())} lines')
    print(out, end='')
