# Harness installs its own sys.excepthook; then its bug (ZeroDivisionError) escapes through it.
import asyncio, sys, traceback

def hook(etype, value, tb):
    frames = traceback.extract_tb(tb)
    print(f'AUTOGRADER CRASH: {etype.__name__}: {value}', file=sys.stderr)
    print(f'  at line {frames[-1].lineno} in {frames[-1].name}', file=sys.stderr)

sys.excepthook = hook

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

def average_score(scores):
    return sum(scores) / len(scores)

results = asyncio.run(asyncio.wait_for(factorial(5), 1))
print('5! =', results)
print('average:', average_score([]))
print('not reached')
