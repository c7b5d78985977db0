# Debug mode: call_soon from another thread is refused
import asyncio

async def main():
    loop = asyncio.get_running_loop()

    def from_worker():
        try:
            loop.call_soon(print, "should not run")
        except RuntimeError as e:
            return f"RuntimeError: {e}"
        return "no error"

    print(await asyncio.to_thread(from_worker))

asyncio.run(main(), debug=True)
