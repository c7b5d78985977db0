import asyncio

async def main(fut):
    print(await fut)

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
loop.run_until_complete(main(fut))
print(fut.get_loop() is loop)
loop.close()
try:
    loop.run_until_complete(main(fut))
except RuntimeError as e:
    print("RuntimeError:", e)
other = asyncio.new_event_loop()
f2 = loop.create_future()
other.run_until_complete(main(f2))
