# A generator that fails partway through the loop consuming it.
def read_numbers(lines):
    for line in lines:
        yield int(line.strip())

total = 0
for n in read_numbers(["1\n", "2\n", "three\n", "4\n"]):
    total += n
    print("running total", total)
