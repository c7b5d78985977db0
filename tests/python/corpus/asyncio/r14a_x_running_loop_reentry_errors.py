# test_events: run_forever and close on the running loop refuse; stop() while main awaits ends run() early
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'later')
    print(await fut)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)
    loop.stop()
    print('stop requested while running')
    await asyncio.sleep(0)
    print('still running', loop.is_running())
asyncio.run(main())
