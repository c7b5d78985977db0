# Driving a coroutine by hand: send(None), values yielded by a types.coroutine awaitable, throw(), close().
import types

@types.coroutine
def ask(question):
    answer = yield question
    return answer

async def conversation():
    a = await ask('name?')
    try:
        b = await ask('age?')
    except ValueError as e:
        b = f'refused ({e})'
    return f'{a}, {b}'

c = conversation()
print(c.send(None))
print(c.send('Ada'))
try:
    c.throw(ValueError('private'))
except StopIteration as e:
    print('finished with', repr(e.value))
c2 = conversation()
print(c2.send(None))
c2.close()
print('closed:', c2.cr_frame)
try:
    c2.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
