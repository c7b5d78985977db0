# Converting seconds to h:m:s with divmod, and a table of temperatures with formats.
def hms(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

for secs in [0, 59, 60, 3599, 3600, 86399, 90061, 123456]:
    days, rest = divmod(secs, 86400)
    print(f"{secs:>7} s = {days} d {hms(rest)}")

def parse(t):
    h, m, s = (int(x) for x in t.split(":"))
    return h * 3600 + m * 60 + s
print(parse("01:02:03"), hms(parse("10:59:59") + 1))
print(f"{'C':>5} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>5} {c * 9 / 5 + 32:>7.1f} {c + 273.15:>8.2f}")
minutes = [95, 130, 45]
print(", ".join(f"{m // 60}h{m % 60:02d}" for m in minutes), sum(minutes) / 60)
