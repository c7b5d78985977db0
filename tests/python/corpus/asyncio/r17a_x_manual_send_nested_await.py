# a coroutine driven by hand awaiting another coroutine that awaits a types.coroutine yield
import types

@types.coroutine
def get(key):
    return (yield key)

async def lookup(key):
    value = await get(key)
    return value.upper()

async def report():
    a = await lookup('first')
    b = await lookup('second')
    return f'{a}+{b}'

c = report()
print(c.send(None))
print(c.send('one'))
try:
    c.send('two')
except StopIteration as e:
    print('result:', e.value)
