# Formatting a measured average with an integer format code
samples = [3, 4, 4]
avg = sum(samples) / len(samples)
print(f"{len(samples):d} samples")
print(f"average: {avg:d}")
