# asyncio.run(debug=True) shows where a never-awaited coroutine was created
import asyncio

async def send_email(to):
    await asyncio.sleep(0.01)
    print("sent to", to)

async def main():
    send_email("bob@example.com")
    await send_email("alice@example.com")
    print("debug:", asyncio.get_running_loop().get_debug())

asyncio.run(main(), debug=True)
