# Student prints each step; harness captures and checks interleaving of concurrent output.
import asyncio, io, contextlib

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f'Task {name}: Compute factorial({i})...')
        await asyncio.sleep(0.1)
        f *= i
    print(f'Task {name}: factorial({n}) = {f}')
    return f

async def main():
    return await asyncio.gather(factorial('A', 2), factorial('B', 3), factorial('C', 4))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    res = asyncio.run(main())
lines = buf.getvalue().splitlines()
print('\n'.join(lines))
firsts = [l[5] for l in lines[:3]]
print('first three from', firsts, '-> interleaved' if len(set(firsts)) == 3 else '-> sequential')
print('results', res)
