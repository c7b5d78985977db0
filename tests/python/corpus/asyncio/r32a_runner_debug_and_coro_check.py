# Runner.run refuses a non-coroutine; asyncio.run does too
import asyncio

async def f():
    return "ok"

with asyncio.Runner(debug=False) as r:
    print(r.run(f()))
    try:
        r.run(f)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(42)
