# A Future completed, failed or cancelled before its loop runs: its state, repr and callbacks
import asyncio

def show(tag):
    def cb(fut):
        print(tag, fut, fut.cancelled())
    return cb

loop = asyncio.new_event_loop()
ok, bad, gone = loop.create_future(), loop.create_future(), loop.create_future()
for f in (ok, bad, gone):
    f.add_done_callback(show('cb'))
print(repr(ok).replace(__file__, "FILE"))
try:
    ok.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
loop.call_soon(print, 'call_soon first')
gone.cancel('not needed')
ok.set_result([1, 2, 3])
bad.set_exception(ValueError('bad input'))
loop.call_soon(print, 'call_soon last')
print(ok, ok.done(), ok.result())
print(bad, bad.exception())
print(gone, gone.cancelled(), gone.cancel())
try:
    ok.set_result(4)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
print(loop.run_until_complete(ok))
for f in (bad, gone):
    try:
        loop.run_until_complete(f)
    except (ValueError, asyncio.CancelledError) as e:
        print(type(e).__name__, e)
loop.close()
