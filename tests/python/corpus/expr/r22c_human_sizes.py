# human readable byte sizes, two ways
def human(n, base=1024, units=("B", "KiB", "MiB", "GiB", "TiB", "PiB")):
    size = float(n)
    for unit in units:
        if abs(size) < base or unit == units[-1]:
            return f"{size:.1f} {unit}" if unit != "B" else f"{int(size)} B"
        size /= base
for n in [0, 1, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40 + 1, 2**60, -2048, 10**20]:
    print(f"{n:>24,} | {human(n):>12} | {human(n, 1000, ('B', 'kB', 'MB', 'GB', 'TB', 'PB')):>10}")
print(f"{2**30:,} bytes = {2**30 / 1e9:.3f} GB = {2**30 / 2**30:g} GiB")
print("%.1f%%" % (100 * 750 / 1024), f"{750 / 1024:.1%}", round(750 / 1024 * 100, 1))
def parse_size(text):
    text = text.strip().upper().replace(" ", "")
    for suffix, mult in [("GB", 10**9), ("MB", 10**6), ("KB", 10**3), ("B", 1)]:
        if text.endswith(suffix):
            return int(float(text[:-len(suffix)]) * mult)
    return int(text)
print([parse_size(s) for s in ["1.5 GB", "250mb", " 12 KB ", "99B", "42", "0.1kb"]])
print(parse_size("12 XB"))
