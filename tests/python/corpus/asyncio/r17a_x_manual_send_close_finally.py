# close() of a hand-driven coroutine suspended in a types.coroutine await runs both finally blocks
import types

@types.coroutine
def wait_for_signal():
    try:
        yield 'waiting'
    finally:
        print('inner generator cleanup')

async def job():
    try:
        await wait_for_signal()
    finally:
        print('job cleanup')

c = job()
print(c.send(None))
c.close()
print('closed; cr_await:', c.cr_await)
c2 = job()
c2.send(None)
try:
    c2.throw(KeyError('k'))
except KeyError as e:
    print('KeyError came out:', e)
