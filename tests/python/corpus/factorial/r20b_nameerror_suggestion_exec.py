# exec()'d student code misspells names; harness prints print_exc output including suggestions.
import asyncio, traceback, sys

SRC = '''
import asyncio
async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    return reslt
'''
ns = {}
exec(SRC, ns)
try:
    asyncio.run(ns['factorial'](3))
except NameError as e:
    print('NameError name:', e.name)
    print(traceback.format_exception_only(e)[-1], end='')
try:
    asyncio.run(ns['factorail'](3))
except KeyError as e:
    print('KeyError:', e)
try:
    asyncio.run(asyncio.sleeps(0.1))
except AttributeError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
sys.stdout.flush()
asyncio.run(ns['factorial'](2))
