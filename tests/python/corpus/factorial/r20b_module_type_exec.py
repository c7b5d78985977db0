# Harness builds a fresh module with types.ModuleType and exec()s the student code into it.
import asyncio, sys, types

SRC = '''
import asyncio
LIMIT = 10

async def factorial(n):
    if n > LIMIT:
        raise OverflowError(f"{n} is above the limit {LIMIT}")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r
'''

mod = types.ModuleType('student', 'A student submission')
exec(SRC, mod.__dict__)
sys.modules['student'] = mod
import student
print(student is mod, student.__name__, student.__doc__)
print(repr(mod).startswith("<module 'student'"))
print(asyncio.run(student.factorial(5)))
student.LIMIT = 3
try:
    asyncio.run(student.factorial(5))
except OverflowError as e:
    print('OverflowError:', e)
print(sorted(k for k in vars(mod) if not k.startswith('__')))
