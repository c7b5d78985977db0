# ran a shell command as the "slow IO" instead of sleeping
import asyncio

async def worker(word):
    proc = await asyncio.create_subprocess_exec('echo', word, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip(), proc.returncode

async def main():
    results = await asyncio.gather(worker('alpha'), worker('beta'))
    print(results)

asyncio.run(main())
