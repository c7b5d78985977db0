# Ctrl+C simulation: raise SIGINT during asyncio.run, main sees CancelledError, run raises KeyboardInterrupt
import asyncio
import signal

async def serve():
    try:
        while True:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("serve: shutting down cleanly")
        raise

async def main():
    server = asyncio.create_task(serve())
    asyncio.get_running_loop().call_later(0.12, signal.raise_signal, signal.SIGINT)
    try:
        await server
    except asyncio.CancelledError:
        print("main: cancelled by Ctrl+C")
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top level")
