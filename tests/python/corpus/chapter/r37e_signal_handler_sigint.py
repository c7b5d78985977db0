# installed a SIGINT handler on the loop and sent myself a Ctrl-C to test it
import asyncio
import os
import signal

async def worker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.2)
        n += 1
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGINT, lambda: (print('got SIGINT'), stop.set()))
    task = asyncio.create_task(worker(stop))
    await asyncio.sleep(0.3)
    os.kill(os.getpid(), signal.SIGINT)
    ticks = await task
    print('worker stopped after', ticks, 'ticks')
    print('removed:', loop.remove_signal_handler(signal.SIGINT))

asyncio.run(main())
