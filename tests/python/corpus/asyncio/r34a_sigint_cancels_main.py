# Ctrl-C simulated with signal.raise_signal: asyncio.run cancels main, then raises KeyboardInterrupt
import asyncio
import signal


async def main():
    try:
        print("working...")
        await asyncio.sleep(0.01)
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
        print("not reached")
    except asyncio.CancelledError:
        print("main cancelled by Ctrl-C, cleaning up")
        await asyncio.sleep(0.01)
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the caller")
print("handler restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
