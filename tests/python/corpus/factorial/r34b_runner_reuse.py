# asyncio.Runner from Python 3.11: run several factorial coroutines on the same loop.
import asyncio


async def factorial(n):
    out = 1
    while n > 1:
        await asyncio.sleep(0.01)
        out *= n
        n -= 1
    return out


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    for n in [4, 6, 0]:
        print(f"{n}! =", runner.run(factorial(n)))
    print("same loop each time:", runner.get_loop() is loop)
print("loop closed afterwards:", loop.is_closed())
try:
    runner.run(factorial(3))
except RuntimeError as e:
    print("RuntimeError:", e)
