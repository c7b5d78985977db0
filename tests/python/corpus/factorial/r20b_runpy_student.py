# Autograder runs the student's file with runpy.run_path and captures its output.
import io, os, runpy, tempfile, contextlib

SRC = '''import asyncio
async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r
async def main():
    for c in asyncio.as_completed([factorial(n) for n in (4, 2)]):
        print(await c)
if __name__ == '__main__':
    asyncio.run(main())
'''

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'sub.py')
    with open(p, 'w') as f:
        f.write(SRC)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        g = runpy.run_path(p, run_name='__main__')
print(buf.getvalue().split())
print('factorial' in g, g['__name__'])
