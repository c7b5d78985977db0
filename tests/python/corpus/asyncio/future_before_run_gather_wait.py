# Futures made before the loop runs, set by call_later timers, gathered and waited on
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
futs = [loop.create_future() for _ in range(3)]
for i, f in enumerate(futs):
    loop.call_later(0.1 * (3 - i), f.set_result, f'result {i}')
    f.add_done_callback(lambda f, i=i: print('done', i, f.result()))
print(futs[0] in futs, [f.done() for f in futs])
print(loop.run_until_complete(asyncio.gather(*futs)))

async def main():
    late = loop.create_future()
    loop.call_later(0.2, late.set_result, 'late')
    done, pending = await asyncio.wait([late, asyncio.create_task(asyncio.sleep(0.1, 'early'))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), late in pending)
    print(await late)
    f = asyncio.Future()
    print(f.get_loop() is loop)
    loop.call_soon(f.cancel, 'bye')
    try:
        await f
    except asyncio.CancelledError as e:
        print('cancelled:', e.args)

loop.run_until_complete(main())
f = asyncio.Future()
f.add_done_callback(print)
print(f.remove_done_callback(print), f)
f.set_result(None)
loop.run_until_complete(f)
loop.close()
