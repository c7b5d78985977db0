# Harness returns the number of failed checks as the exit status via sys.exit(int).
import asyncio, sys, math

async def factorial(n):
    if n < 0:
        return None
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def check(label, cond):
    print(f'[{"PASS" if cond else "FAIL"}] {label}')
    return 0 if cond else 1

async def main():
    fails = 0
    fails += check('5! == 120', await factorial(5) == 120)
    fails += check('0! == 1', await factorial(0) == 1)
    fails += check('10! matches math', await factorial(10) == math.factorial(10))
    try:
        await factorial(-1)
        fails += check('negative raises ValueError', False)
    except ValueError:
        fails += check('negative raises ValueError', True)
    return fails

failures = asyncio.run(main())
sys.exit(failures)
