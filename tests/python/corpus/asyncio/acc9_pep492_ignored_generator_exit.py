# A coroutine that swallows GeneratorExit and awaits again on close(): "coroutine ignored GeneratorExit".
import types

@types.coroutine
def pause():
    yield 'paused'

async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        print('got GeneratorExit, pausing again')
        await pause()

c = stubborn()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)
async def returns_in_finally():
    try:
        await pause()
    finally:
        print('finally runs on close')
d = returns_in_finally()
d.send(None)
d.close()
print('closed quietly')
