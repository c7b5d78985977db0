# asyncio.Runner(loop_factory=...) and the event loop that get_event_loop() sees during and after a run.
import asyncio

made = []

def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

async def main():
    return asyncio.get_running_loop()

with asyncio.Runner(loop_factory=factory) as r:
    loop = r.run(main())
    print('factory loop used:', loop is made[0], len(made))
    print('runner loop:', r.get_loop() is loop)
print('closed:', made[0].is_closed())
with asyncio.Runner() as r:
    inside = r.run(main())
print('plain runner closed its loop:', inside.is_closed())
