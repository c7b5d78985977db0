# Multiplying lists by a count that was meant in kilobytes, not bytes.
size_kb = 2 ** 40
buffers = []
for factor in (1, 1024, 2 ** 22):
    try:
        buffers.append([0] * (size_kb * factor))
    except (MemoryError, OverflowError) as e:
        print(factor, type(e).__name__, repr(str(e)))
print("kept", len(buffers))
print(len([[0] * 1000] * 1000))
message = "-" * (size_kb * 1024 * 1024 * 1024)
