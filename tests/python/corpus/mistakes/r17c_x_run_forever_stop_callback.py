# run_forever stopped by a callback after the factorials are printed
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    print(f'{n}! = {f}')


loop = asyncio.new_event_loop()
for n in (4, 2, 3):
    loop.create_task(factorial(n))
loop.call_later(0.5, loop.stop)
loop.run_forever()
print('stopped, running:', loop.is_running())
loop.close()
