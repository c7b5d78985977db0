prices = [0.5, 12, 999.999, 1234567.125, -42.1]
for p in prices:
    print(f"${p:>14,.2f}  {p:>12.3e}  {p:>10g}")
ratios = [0, 0.005, 0.0125, 0.5, 1, 1.23456]
for r in ratios:
    print(f"{r:>8.0%} {r:>9.2%} {r:>8.1%}")
def human(n):
    for unit in ["B", "KB", "MB", "GB", "TB"]:
        if abs(n) < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"
for size in [0, 1023, 1024, 1536, 10**6, 2**40, 10**18]:
    print(f"{size:>20,} -> {human(size)}")
print(f"{round(2.675, 2)} {round(0.125, 2)} {round(-1.5)} {round(2.5)} {round(1234, -2)}")
