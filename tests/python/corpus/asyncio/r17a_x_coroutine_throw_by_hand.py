# throw() into a coroutine suspended at a bare yield: handled, then finished
import types

@types.coroutine
def pause():
    yield 'paused'

async def job():
    try:
        await pause()
    except ValueError as e:
        print('job handled', repr(e))
        return 'recovered'
    return 'normal'

c = job()
print(c.send(None))
try:
    c.throw(ValueError('injected'))
except StopIteration as e:
    print('result', e.value)
c2 = job()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
