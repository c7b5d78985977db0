import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

with asyncio.Runner() as runner:
    print(runner.run(factorial(5)))
    print(runner.run(asyncio.gather(factorial(3), factorial(4))))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
try:
    runner.run(factorial(2))
except RuntimeError as e:
    print("RuntimeError:", e)
