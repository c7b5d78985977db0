# Harness closes coroutines it never ran, checking their state with inspect.getcoroutinestate.
import asyncio, inspect

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

coros = [factorial(n) for n in (3, 4, 5)]
print([inspect.getcoroutinestate(c) for c in coros])
print('names:', [c.__name__ for c in coros], coros[0].__qualname__)
print('cr_running:', coros[0].cr_running, 'cr_await:', coros[0].cr_await)
first = asyncio.run(coros.pop(0))
print('ran first:', first)
for c in coros:
    c.close()
print([inspect.getcoroutinestate(c) for c in coros])
print('frame gone:', coros[0].cr_frame is None)
try:
    coros[0].send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.run(coros[1])
except RuntimeError as e:
    print('RuntimeError:', e)
print('no warnings expected')
