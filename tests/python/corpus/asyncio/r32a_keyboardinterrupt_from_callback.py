# KeyboardInterrupt raised in a call_later callback escapes asyncio.run
import asyncio

def interrupt():
    print("simulating Ctrl-C")
    raise KeyboardInterrupt

async def main():
    asyncio.get_running_loop().call_later(0.01, interrupt)
    try:
        await asyncio.sleep(1)
    finally:
        print("main's finally runs")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt outside")
