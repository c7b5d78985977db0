# asyncio and signals: loop.add_signal_handler's checks and turns, asyncio.run's SIGINT (main cancelled, KeyboardInterrupt)
import asyncio, signal, os

async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    for bad in [(99, print), ("x", print), (signal.SIGKILL, print)]:
        try:
            loop.add_signal_handler(*bad)
        except Exception as e:
            print(type(e).__name__, e)
    async def coro(): pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print("TypeError", e)
    print(loop.remove_signal_handler(signal.SIGUSR2))
    hits = []
    loop.add_signal_handler(signal.SIGUSR2, hits.append, "usr2")
    print(signal.getsignal(signal.SIGUSR2).__name__)
    os.kill(os.getpid(), signal.SIGUSR2)
    print("after kill", hits)
    await asyncio.sleep(0)
    print("after one turn", hits)
    await asyncio.sleep(0)
    print("after two turns", hits)
    print(loop.remove_signal_handler(signal.SIGUSR2), signal.getsignal(signal.SIGUSR2))
    t = asyncio.create_task(worker("w"))
    await asyncio.sleep(0.02)
    loop.call_later(0.01, signal.raise_signal, signal.SIGINT)
    await asyncio.sleep(1)
    print("not reached")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.getsignal(signal.SIGINT))

async def twice():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(0.01)
        signal.raise_signal(signal.SIGINT)
        print("after first")
        await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("main cancelled; again")
        signal.raise_signal(signal.SIGINT)
try:
    asyncio.run(twice())
except KeyboardInterrupt as e:
    print("second KI", repr(e), type(e.__context__).__name__)
