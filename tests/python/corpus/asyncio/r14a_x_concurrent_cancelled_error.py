# concurrent.futures' CancelledError is its own Exception, not asyncio's; cancelling a threadsafe future cancels the task in the loop
import asyncio, concurrent.futures as cf
async def long_job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('long_job cancelled in the loop')
        raise
async def main():
    loop = asyncio.get_running_loop()
    print(cf.CancelledError is asyncio.CancelledError, issubclass(cf.CancelledError, Exception),
          cf.CancelledError.__module__, cf.TimeoutError is TimeoutError, cf.InvalidStateError is asyncio.InvalidStateError)
    def thread_body():
        log = []
        print = lambda *a: log.append(' '.join(map(str, a)))
        fut = asyncio.run_coroutine_threadsafe(long_job(), loop)
        import time
        time.sleep(0.05)
        print('cancel ->', fut.cancel())
        for meth in (fut.result, fut.exception):
            try:
                meth(timeout=2)
            except cf.CancelledError as e:
                print(meth.__name__, 'raised', type(e).__name__, repr(e))
        f2 = cf.Future()
        f2.set_result(1)
        try:
            f2.set_result(2)
        except cf.InvalidStateError as e:
            print('InvalidStateError', isinstance(e, Exception), type(e).__mro__[1].__name__, hasattr(cf, 'Error'))
        return log + [str((fut.cancelled(), fut.done()))]
    print('\n'.join(await asyncio.to_thread(thread_body)))
    await asyncio.sleep(0.05)
    print('end')
asyncio.run(main())
