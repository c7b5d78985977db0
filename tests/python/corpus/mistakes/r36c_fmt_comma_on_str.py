# thousands separators for totals read from a CSV line (still strings)
line = "north,1250000,south,980000"
parts = line.split(",")
for region, total in zip(parts[::2], parts[1::2]):
    print(f"{region:>6}: {total:,}")
