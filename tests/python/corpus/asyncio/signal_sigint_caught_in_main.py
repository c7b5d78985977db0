# asyncio.run and a SIGINT that main catches: its CancelledError swallowed, run returns main's result
import asyncio
import signal

async def caught():
    try:
        await asyncio.sleep(0.01)
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("caught and swallowed")
        return "done"
print(asyncio.run(caught()))
