# A report header with time.strftime on a fixed struct_time (deterministic), asctime, gmtime(0).
import asyncio
import time

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

async def main():
    stamp = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
    print(time.strftime("Report of %A %d %B %Y, %H:%M:%S", stamp))
    print(time.strftime("%Y-%m-%d %I:%M %p | %j %U %w %y %a %b %%", stamp))
    print(time.asctime(stamp))
    t0 = time.gmtime(0)
    print(t0, t0.tm_year, t0[6], time.strftime("%c", t0), time.strftime("%x %X", t0))
    st = time.struct_time(stamp)
    print(st.tm_mon, st.tm_yday, len(st), tuple(st)[:3])
    for n in (4, 6):
        print(time.strftime(f"[%H:%M] {n}! =", stamp), await factorial(n))
    print(time.gmtime(86400 * 365.25 * 30 + 3600)[:6], time.strftime("%D %T", time.gmtime(1e9)))

asyncio.run(main())
