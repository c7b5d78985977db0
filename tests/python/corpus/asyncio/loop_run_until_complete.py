# The older style: get_event_loop()/new_event_loop(), run_until_complete, close; what a closed loop refuses.
import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    print('computing', x, 'in', asyncio.current_task().get_name())
    return x * 2

loop = asyncio.new_event_loop()
print('running before:', loop.is_running(), '| closed:', loop.is_closed())
print(loop.run_until_complete(compute(1)))
print(loop.run_until_complete(compute(2)))
try:
    loop.run_until_complete(42)
except TypeError as e:
    print('TypeError:', e)
loop.close()
loop.close()
print('closed:', loop.is_closed(), type(loop).__name__)
c = compute(3)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
asyncio.set_event_loop(asyncio.new_event_loop())
other = asyncio.get_event_loop()
print('get_event_loop gives the set loop:', other.run_until_complete(compute(4)))
other.close()
print('asyncio.run after that:', asyncio.run(compute(5)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
