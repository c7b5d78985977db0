# Harness swaps asyncio.sleep for a types.coroutine stub and drives the student by send() to count steps.
import asyncio, types

@types.coroutine
def fake_sleep(delay):
    got = yield ('sleep', delay)
    return got

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def drive(coro):
    steps = []
    try:
        msg = coro.send(None)
        while True:
            steps.append(msg)
            msg = coro.send(None)
    except StopIteration as stop:
        return stop.value, steps

real = asyncio.sleep
asyncio.sleep = fake_sleep
try:
    for n in (0, 3, 5):
        value, steps = drive(factorial(n))
        print(f'{n}! = {value:<4} steps={len(steps)} delays={sorted({d for _, d in steps})}')
finally:
    asyncio.sleep = real
print('restored:', asyncio.sleep is real, asyncio.run(factorial(2)))
