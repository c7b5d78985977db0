# Harness installs a loop exception handler to catch a student's task exception never retrieved.
import asyncio, gc

reports = []

def handler(loop, context):
    exc = context.get('exception')
    reports.append((context['message'], type(exc).__name__, str(exc)))

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    if n == 2:
        raise ArithmeticError('unlucky number')
    return r

async def student():
    asyncio.get_running_loop().set_exception_handler(handler)
    t1 = asyncio.create_task(factorial(4))
    t2 = asyncio.create_task(factorial(2))
    await asyncio.sleep(1.0)
    print('t1 result', t1.result(), 't2 done', t2.done())
    del t1, t2
    gc.collect()
    await asyncio.sleep(0)
    print('reports so far:', len(reports))

asyncio.run(student())
for r in reports:
    print(r)
