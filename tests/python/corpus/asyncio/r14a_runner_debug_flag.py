# test_runners: run(debug=True) and Runner(debug=...) set the loop's debug mode
import asyncio

async def debug_on():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(debug_on(), debug=True))
print(asyncio.run(debug_on(), debug=False))
with asyncio.Runner(debug=True) as r:
    print(r.run(debug_on()))
r = asyncio.Runner()
print(r.run(debug_on()))
r.close()
r.close()
print('closed twice fine')
