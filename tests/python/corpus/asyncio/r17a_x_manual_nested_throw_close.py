# throw() and close() reach the innermost await of nested coroutines driven by hand
import types

@types.coroutine
def wait(tag):
    try:
        return (yield tag)
    finally:
        print('  wait', tag, 'finally')

async def inner(tag):
    try:
        return await wait(tag)
    except KeyError as e:
        print('  inner handled', repr(e))
        return 'fallback'

async def outer():
    a = await inner('A')
    b = await inner('B')
    return a, b

c = outer()
print(c.send(None))
print(c.throw(KeyError('x')))
try:
    c.send('real')
except StopIteration as e:
    print('result', e.value)
c2 = outer()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
