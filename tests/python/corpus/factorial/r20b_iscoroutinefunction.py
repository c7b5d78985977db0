# Harness checks the student's function is a coroutine function using inspect and asyncio.
import asyncio, inspect, math

def factorial_sync(n):
    return math.factorial(n)

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r

class Calc:
    async def fact(self, n):
        return await factorial(n)
    def plain(self, n):
        return n

for name, fn in [('factorial_sync', factorial_sync), ('factorial', factorial),
                 ('Calc.fact', Calc().fact), ('Calc.plain', Calc().plain),
                 ('lambda', lambda n: factorial(n))]:
    print(f'{name:<15} inspect={inspect.iscoroutinefunction(fn)!s:<5} '
          f'asyncio={asyncio.iscoroutinefunction(fn)}')
c = factorial(3)
print('iscoroutine(call):', inspect.iscoroutine(c), asyncio.iscoroutine(c))
print('isawaitable:', inspect.isawaitable(c))
print('value:', asyncio.run(c))
