# attaching the failing line number as a note to the error
def parse(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield int(line)
        except ValueError as e:
            e.add_note(n)
            raise

print(list(parse(["1", "2", "x"])))
