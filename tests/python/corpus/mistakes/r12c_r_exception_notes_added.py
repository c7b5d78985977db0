# Notes added to an exception as it travels up the calls.
def parse_row(row):
    return [int(cell) for cell in row.split(",")]

def parse_file(rows):
    out = []
    for lineno, row in enumerate(rows, 1):
        try:
            out.append(parse_row(row))
        except ValueError as e:
            e.add_note(f"in row {lineno}: {row!r}")
            raise
    return out

try:
    parse_file(["1,2", "3,x"])
except ValueError as e:
    e.add_note("while loading data.csv")
    raise
