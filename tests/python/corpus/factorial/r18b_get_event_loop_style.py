# The pre-3.7 style from older tutorials, with the coroutine syntax fixed.
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({i})...")
        await asyncio.sleep(0.1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    result = loop.run_until_complete(asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    ))
    print(result)
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(factorial("D", 2))
except RuntimeError as e:
    print("RuntimeError:", e)
