# run_forever with a task that stops the loop when its work is done
import asyncio

async def work(loop, results):
    for i in range(3):
        await asyncio.sleep(0.02)
        results.append(i)
    loop.stop()

loop = asyncio.new_event_loop()
results = []
task = loop.create_task(work(loop, results))
loop.run_forever()
print(results, task.done())
loop.close()
