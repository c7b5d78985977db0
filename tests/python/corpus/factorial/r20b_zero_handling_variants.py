# Several student variants handle 0! differently; harness checks each against 0..4.
import asyncio

async def v_range0(n):
    r = 1
    for i in range(0, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r

async def v_while(n):
    r = 1
    while n > 0:
        await asyncio.sleep(0)
        r *= n
        n -= 1
    return r

async def v_recursive(n):
    await asyncio.sleep(0)
    return n * await v_recursive(n - 1) if n > 1 else n

async def v_good(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r

EXPECT = [1, 1, 2, 6, 24]

async def main():
    print(f"{'variant':<12}" + ''.join(f'{i}!'.rjust(5) for i in range(5)) + '  verdict')
    for fn in (v_range0, v_while, v_recursive, v_good):
        got = await asyncio.gather(*(fn(i) for i in range(5)))
        verdict = 'ok' if got == EXPECT else 'wrong at ' + ','.join(str(i) for i, (g, e) in enumerate(zip(got, EXPECT)) if g != e)
        print(f'{fn.__name__:<12}' + ''.join(f'{g:>5}' for g in got) + f'  {verdict}')

asyncio.run(main())
