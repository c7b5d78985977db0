# Harness uses one asyncio.Runner to grade several students' functions on the same loop.
import asyncio

async def alice(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

async def bob(n):
    await asyncio.sleep(0.05)
    return n * (n - 1)

async def carl(n):
    return await alice(n - 1) * n if n else 1

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    for fn in (alice, bob, carl):
        got = [runner.run(fn(n)) for n in (0, 1, 4)]
        print(f'{fn.__name__:<6}{got!s:<14}', 'PASS' if got == [1, 1, 24] else 'FAIL')
    print('same loop:', runner.get_loop() is loop, loop.is_running(), loop.is_closed())
print('closed after with:', loop.is_closed())
try:
    runner.run(alice(1))
except RuntimeError as e:
    print('RuntimeError:', e)
