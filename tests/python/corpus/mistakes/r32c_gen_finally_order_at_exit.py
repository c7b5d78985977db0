# Readers written as generators with finally blocks, left half-read when the program ends.
def reader(name, lines):
    print("open", name)
    try:
        for line in lines:
            yield line
    finally:
        print("close", name)

readers = [reader(f"file{i}", ["a", "b"]) for i in range(3)]
for r in readers:
    print(next(r))
print("done reading first lines")
