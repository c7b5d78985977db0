# gather() of futures that belong to different event loops is refused
import asyncio

loop_a = asyncio.new_event_loop()
loop_b = asyncio.new_event_loop()
fa = loop_a.create_future()
fb = loop_b.create_future()
try:
    asyncio.gather(fa, fb)
except ValueError as e:
    print("ValueError:", e)
g = asyncio.gather(fa)
print(g.get_loop() is loop_a)
fa.set_result(1)
print(loop_a.run_until_complete(g))
loop_a.close()
loop_b.run_until_complete(fa)
