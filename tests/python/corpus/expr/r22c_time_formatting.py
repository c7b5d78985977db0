# formatting durations and clock times by hand
def fmt_duration(sec):
    sec = int(sec)
    d, sec = divmod(sec, 86400)
    h, sec = divmod(sec, 3600)
    m, s = divmod(sec, 60)
    parts = [f"{v}{u}" for v, u in [(d, "d"), (h, "h"), (m, "m"), (s, "s")] if v]
    return " ".join(parts) or "0s"
for s in [0, 1, 59, 61, 3600, 3661, 86400, 90061, 1_000_000, 59.99]:
    print(f"{s:>9} -> {fmt_duration(s)}")
def clock12(h, m):
    suffix = "AM" if h < 12 else "PM"
    return f"{(h % 12) or 12}:{m:02d} {suffix}"
print([clock12(h, 5) for h in (0, 1, 11, 12, 13, 23)])
minutes = 135
print(f"{minutes // 60}h{minutes % 60:02d}", "%d:%02d" % divmod(minutes, 60), "{}:{:02}".format(*divmod(minutes, 60)))
ms = 123456789
print(f"{ms / 1000:.3f}s", f"{ms // 3_600_000:02}:{ms // 60_000 % 60:02}:{ms // 1000 % 60:02}.{ms % 1000:03}")
print("%02d:%02d" % (7, 5.9), f"{7:02d}:{5.9:02.0f}")
print(f"{7:02d}:{5.9:02d}")
